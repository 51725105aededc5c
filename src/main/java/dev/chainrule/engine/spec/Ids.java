package dev.chainrule.engine.spec;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shared lookup for the enums that travel in the experiment JSON by lower-case id. */
final class Ids {

    private Ids() {
    }

    /** Finds the constant whose id equals {@code id}; the message lists the valid ids so a user can fix a typo. */
    static <E extends Enum<E>> E fromId(Class<E> type, String what, String id, Function<E, String> idOf) {
        for (E constant : type.getEnumConstants()) {
            if (idOf.apply(constant).equals(id)) {
                return constant;
            }
        }
        String valid = Arrays.stream(type.getEnumConstants()).map(idOf).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + id + "': expected one of " + valid);
    }
}
