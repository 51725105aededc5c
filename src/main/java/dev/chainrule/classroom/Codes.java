package dev.chainrule.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Codes people read aloud, copy from a projector and type on a phone: upper-case letters and digits
 * without the ones that look alike (0 and O, 1, I and L), drawn from {@link SecureRandom}. A typed code
 * is read forgivingly: case, spaces and dashes do not matter.
 */
final class Codes {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** 31^8, about 8.5 × 10^11 join codes: guessing one of a school's few hundred is hopeless. */
    static final int JOIN_LENGTH = 8;
    /** A reset code opens an account, so it is longer: 31^10, about 8 × 10^14, and guesses are throttled too. */
    static final int RESET_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    static String random(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, upper case, without spaces and dashes; at most a few characters more than any code. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String cut = typed.length() > 64 ? typed.substring(0, 64) : typed;
        return cut.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a normalised code of this length, in words a person can act on; empty if its form is right. */
    static Optional<String> problem(String code, int length, String what) {
        if (code.isEmpty()) {
            return Optional.of("Type the " + what + ": " + length + " letters and digits.");
        }
        if (code.length() != length || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.of("A " + what + " has " + length + " letters and digits, and never 0, O, 1, I or L."
                    + " Check it and type it again.");
        }
        return Optional.empty();
    }
}
