package dev.chainrule.classroom;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What an assignment's title and text may be: a title of 1 to 120 characters on one line, a text of at most
 * 2,000 characters whose only control characters are line breaks. Both are shown as text only, never as HTML.
 */
final class AssignmentTexts {
    static final int MAX_TITLE = 120;
    static final int MAX_INSTRUCTIONS = 2000;

    private AssignmentTexts() {
    }

    static String clean(String typed) {
        // CR LF from a textarea becomes one line break, so the limit counts what people see
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n").strip();
    }

    static Optional<String> titleProblem(String title) {
        int length = title.codePointCount(0, title.length());
        if (length == 0) {
            return Optional.of("Give the assignment a title, for example \u201cSpirals in 50 parameters\u201d.");
        }
        if (length > MAX_TITLE) {
            return Optional.of("A title can have at most " + MAX_TITLE + " characters; this one has " + length + ".");
        }
        if (title.codePoints().anyMatch(AssignmentTexts::isControl)) {
            return Optional.of("A title is one line: no line breaks, tabs or invisible marks.");
        }
        return Optional.empty();
    }

    static Optional<String> instructionsProblem(String text) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_INSTRUCTIONS) {
            return Optional.of("The text can have at most " + String.format("%,d", MAX_INSTRUCTIONS)
                    + " characters; this one has " + String.format("%,d", length) + ". Keep it short: the Lab shows it above the experiment.");
        }
        if (text.codePoints().anyMatch(c -> c != '\n' && isControl(c))) {
            return Optional.of("The text cannot contain control characters other than line breaks (tabs, invisible marks).");
        }
        return Optional.empty();
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
