package dev.chainrule.data.prepare;

import dev.chainrule.data.DataFormatException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An extra input computed from the first two feature columns x1 and x2, as TensorFlow
 * Playground offers them: with x1², x2², x1·x2, sin x1 and sin x2 a network without hidden
 * layers can already draw a circle or a checkerboard. Declared in the order they are appended
 * after the original columns (docs/FORMATS.md, {@code data.inputFeatures}); {@link #id()} is the
 * JSON's name.
 */
public enum InputFeature {
    X1_SQUARED("x1^2"),
    X2_SQUARED("x2^2"),
    X1_TIMES_X2("x1*x2"),
    SIN_X1("sin(x1)"),
    SIN_X2("sin(x2)");

    private final String id;

    InputFeature(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The value from the two raw (not yet standardised) features. */
    public double of(double x1, double x2) {
        // squares as products, as numpy and torch square: one rounding, no pow
        return switch (this) {
            case X1_SQUARED -> x1 * x1;
            case X2_SQUARED -> x2 * x2;
            case X1_TIMES_X2 -> x1 * x2;
            case SIN_X1 -> Math.sin(x1);
            case SIN_X2 -> Math.sin(x2);
        };
    }

    /** The input's name with the columns' own names, e.g. "sin(radius)" for sin(x1) of a column "radius". */
    public String nameFor(String x1, String x2) {
        return switch (this) {
            case X1_SQUARED -> x1 + "^2";
            case X2_SQUARED -> x2 + "^2";
            case X1_TIMES_X2 -> x1 + "*" + x2;
            case SIN_X1 -> "sin(" + x1 + ")";
            case SIN_X2 -> "sin(" + x2 + ")";
        };
    }

    /** @throws IllegalArgumentException naming the valid ids when {@code id} is none of them */
    public static InputFeature fromId(String id) {
        for (InputFeature f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        // the id may come from a hostile file: shown cut short and on one line
        throw new IllegalArgumentException("unknown input feature " + DataFormatException.quote(String.valueOf(id))
                + ": use any of " + ids());
    }

    /** "x1^2, x2^2, x1*x2, sin(x1), sin(x2)", for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(InputFeature::id).collect(Collectors.joining(", "));
    }
}
