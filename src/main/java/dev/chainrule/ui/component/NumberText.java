package dev.chainrule.ui.component;

import dev.chainrule.data.Numbers;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one way a number typed into a form is read and written back: decimal notation with an
 * optional sign, fraction and exponent ({@code 0.0001}, {@code .5}, {@code 1e-4}, {@code 1E-4},
 * {@code -2}, {@code +3}), spaces around it ignored; the grammar of a CSV cell
 * ({@link Numbers#isDecimal}). No locale: a comma, a hex float, "NaN" or "Infinity" is not a
 * number here. A parsed value is the double {@link Double#parseDouble} gives for the same text,
 * never rounded further; {@link #format} writes a double back as text that parses to the same
 * double.
 */
public final class NumberText {
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private NumberText() {
    }

    /** Whether {@code text} is written as a number (not necessarily one a double can hold: see {@link #parse}). */
    public static boolean isNumber(String text) {
        return text != null && Numbers.isDecimal(text.strip());
    }

    /** The double the text means, or empty when it is no number; {@code 1e400} is infinite (too large for a double). */
    public static OptionalDouble parse(String text) {
        return isNumber(text) ? OptionalDouble.of(Double.parseDouble(text.strip())) : OptionalDouble.empty();
    }

    /**
     * The exact value of the text, or empty when it is no number. Used to decide whether a
     * number is whole and fits an int: {@code 1e3} and {@code 1000.0} are 1000, {@code 2.5} is not whole.
     */
    public static Optional<BigDecimal> exact(String text) {
        if (!isNumber(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an exponent beyond an int, e.g. 1e99999999999
        }
    }

    /** The int the text means when it is a whole number within the range of an int; otherwise empty. */
    public static Optional<Integer> parseWhole(String text) {
        return exact(text).filter(NumberText::isWhole)
                .filter(v -> v.compareTo(INT_MIN) >= 0 && v.compareTo(INT_MAX) <= 0)
                .map(BigDecimal::intValueExact);
    }

    /** Whether an exact value has no fraction (cheap even for 1e999999: no digits are expanded). */
    public static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * A double as people write it: plain between 0.0001 and a billion ({@code 0.001}, {@code 200}),
     * with an exponent outside ({@code 1e-10}, {@code 2.5e12}). {@code parse(format(v))} is {@code v}
     * for every finite double.
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0";
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros(); // Double.toString's digits
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e9) {
            return exact.toPlainString();
        }
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        return (value < 0 ? "-" : "") + digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "")
                + "e" + exponent;
    }

    /** An int as people write it ({@code 100000}); the same text {@link #parseWhole} reads back. */
    public static String format(int value) {
        return Integer.toString(value);
    }
}
