package dev.chainrule.engine.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enum that travels in the experiment JSON by its lower-case name ({@code LEAKY_RELU} is
 * "leaky_relu"), with the one lookup that names the valid ids when a file has a typo.
 */
interface Ids {

    String name();

    /** The id in the experiment JSON. */
    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds the constant whose id equals {@code id}; the message lists the valid ids so a user can fix a typo. */
    static <E extends Enum<E> & Ids> E fromId(Class<E> type, String what, String id) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(id)) {
                return constant;
            }
        }
        String valid = Arrays.stream(type.getEnumConstants()).map(Ids::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + id + "': expected one of " + valid);
    }
}
