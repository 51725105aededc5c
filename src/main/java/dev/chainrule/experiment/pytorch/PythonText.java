package dev.chainrule.experiment.pytorch;

import dev.chainrule.engine.spec.DenseWeights;
import java.util.List;

/**
 * Values written as Python source. Anything a person typed (a title, a file name) goes in as a string
 * literal with every character that could end it, start a new line or hide as something else escaped,
 * so no text can become code. Numbers are written as Java's {@code Double.toString} writes them
 * ({@code 0.1}, {@code 1.0E-8}), which Python reads back to the same double.
 */
final class PythonText {
    private PythonText() {
    }

    /** A double-quoted Python string literal of {@code text}. */
    static String literal(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                s.append('\\').appendCodePoint(c);
            } else if (isPlain(c)) {
                s.appendCodePoint(c);
            } else if (c <= 0xFFFF) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.append(String.format("\\U%08x", c));
            }
        });
        return s.append('"').toString();
    }

    // letters, digits, punctuation, symbols and the plain space: nothing that breaks a line,
    // controls the terminal, or is invisible (format characters, other spaces), nothing unassigned
    private static boolean isPlain(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** A finite double as a Python float literal that reads back to the same bits. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a script holds finite numbers only, was " + value);
        }
        return Double.toString(value);
    }

    static String bool(boolean value) {
        return value ? "True" : "False";
    }

    /** [a, b, c] */
    static String list(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        return s.append(']').toString();
    }

    /**
     * The weights as a list of {"W": …, "b": …}, one dense layer after another, a row of W per line so
     * a small network reads like the reference text's matrices.
     */
    static String weights(List<DenseWeights> layers) {
        StringBuilder s = new StringBuilder("[\n");
        for (DenseWeights layer : layers) {
            double[][] w = layer.W();
            s.append("    {\"W\": [");
            for (int i = 0; i < w.length; i++) {
                s.append(i == 0 ? "" : ",\n           ").append(list(w[i]));
            }
            s.append("],\n     \"b\": ").append(list(layer.b())).append("},\n");
        }
        return s.append(']').toString();
    }
}
