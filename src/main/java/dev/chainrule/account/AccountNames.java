package dev.chainrule.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user name may be. Any letters, digits, spaces and signs (a class's names are not ASCII,
 * and the pages show every name as text, never as markup), 3 to 40 characters, no control
 * characters; compared without case, so "Ada" and "ada" are one person.
 */
public final class AccountNames {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 40;

    private AccountNames() {
    }

    /** The name as stored: NFC, outer spaces removed. */
    public static String clean(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
    }

    /** The name as compared. */
    static String key(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a cleaned name, in words a person can act on; empty when it is fine. */
    public static Optional<String> problem(String name) {
        int length = name.codePointCount(0, name.length());
        if (length < MIN_LENGTH) {
            return Optional.of("A user name needs at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("A user name can have at most " + MAX_LENGTH + " characters; this one has " + length + ".");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of("A user name cannot contain control characters (tabs, line breaks, invisible marks).");
        }
        return Optional.empty();
    }
}
