package dev.chainrule.classroom;

import java.text.Normalizer;
import java.util.Optional;

/** What a class's name may be: 1 to 80 characters of any script, no control characters. Shown as text only. */
final class ClassNames {
    static final int MAX_LENGTH = 80;

    private ClassNames() {
    }

    static String clean(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
    }

    static Optional<String> problem(String name) {
        int length = name.codePointCount(0, name.length());
        if (length == 0) {
            return Optional.of("Give the class a name, for example \u201c10B Computing\u201d.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("A class name can have at most " + MAX_LENGTH + " characters; this one has " + length + ".");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of("A class name cannot contain control characters (tabs, line breaks, invisible marks).");
        }
        return Optional.empty();
    }
}
