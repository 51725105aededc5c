package dev.chainrule.ui.component;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A number field that reads what people type, through {@link NumberText} (the one parser of
 * every number field): {@code 1e-4}, {@code 0.0001}, {@code .5}, {@code -2}. It is a text field,
 * so the browser neither parses nor rounds: the text shown is the text read. A value that is not
 * a number, not whole where it must be, or outside the field's range gets a message beside the
 * field as soon as it is entered; {@link #check()} shows it again (e.g. when Train is pressed).
 */
public class NumberInput extends TextField {
    /** Shown for text that is not a number. */
    public static final String NOT_A_NUMBER = "Enter a number such as 0.001 or 1e-3";

    private final String name;
    private final Range range;
    private final boolean whole;

    private NumberInput(String label, String name, Range range, boolean whole) {
        super(label);
        this.name = name;
        this.range = range;
        this.whole = whole;
        setManualValidation(true); // our messages, not the web component's
        addValueChangeListener(e -> check());
    }

    /** A field for any double in {@code range}; {@code name} begins its messages ("The learning rate must be …"). */
    public static NumberInput decimal(String label, String name, Range range, double value) {
        NumberInput field = new NumberInput(label, name, range, false);
        field.setNumber(value);
        return field;
    }

    /** A field for whole numbers from {@code min} to {@code max}; {@code 1e3} is read as 1000, {@code 2.5} is refused. */
    public static NumberInput whole(String label, String name, int min, int max, int value) {
        NumberInput field = new NumberInput(label, name, Range.closed(min, max), true);
        field.setNumber(value);
        return field;
    }

    /** The number typed, exactly as {@link Double#parseDouble} reads it; null when empty or not a number. */
    public Double getNumber() {
        OptionalDouble v = NumberText.parse(getValue());
        return v.isPresent() && Double.isFinite(v.getAsDouble()) ? v.getAsDouble() : null;
    }

    /** The whole number typed; null when empty, not a number, not whole or beyond an int. */
    public Integer getWholeNumber() {
        return NumberText.parseWhole(getValue()).orElse(null);
    }

    public void setNumber(Double value) {
        setValue(value == null ? "" : NumberText.format(value));
    }

    public void setNumber(Integer value) {
        setValue(value == null ? "" : NumberText.format(value));
    }

    /** What is wrong with the text, or null when it is a number the field takes. */
    public String problem() {
        String text = getValue() == null ? "" : getValue().strip();
        if (text.isEmpty()) {
            return whole ? "Enter a whole number" : "Enter a number";
        }
        Optional<BigDecimal> exact = NumberText.exact(text);
        if (exact.isEmpty()) {
            return whole ? "Enter a whole number such as 100 or 1e3" : NOT_A_NUMBER;
        }
        if (whole && !NumberText.isWhole(exact.get())) {
            return name + " must be a whole number";
        }
        double v = NumberText.parse(text).getAsDouble();
        return range.problem(name, v, whole);
    }

    /** Shows {@link #problem()} beside the field (or clears the message); true when there is none. */
    public boolean check() {
        return FieldChecks.check(this, this::problem);
    }

    /**
     * The numbers a field takes: each end included or not, or none at all (any finite double).
     * Its messages keep to the forms' wording, e.g. "must be between 0 and 1", "must be greater than 0".
     */
    public record Range(double min, boolean minIncluded, double max, boolean maxIncluded) {
        /** Every finite double. */
        public static Range any() {
            return new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
        }

        /** min ≤ v ≤ max */
        public static Range closed(double min, double max) {
            return new Range(min, true, max, true);
        }

        /** min &lt; v ≤ max, e.g. a learning rate */
        public static Range aboveAtMost(double min, double max) {
            return new Range(min, false, max, true);
        }

        /** min ≤ v &lt; max, e.g. a momentum or a dropout rate */
        public static Range atLeastBelow(double min, double max) {
            return new Range(min, true, max, false);
        }

        public boolean contains(double v) {
            return (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max);
        }

        String problem(String name, double v, boolean whole) {
            if (!Double.isFinite(v)) {
                return Double.isInfinite(min) && Double.isInfinite(max)
                        ? name + " must be a number between -1.8e308 and 1.8e308" : name + " must be " + describe(whole);
            }
            if (contains(v)) {
                return null;
            }
            if (!minIncluded && maxIncluded && Double.isFinite(max)) {
                // one end at a time, as people read it: "greater than 0" or "at most 10"
                return name + (v <= min ? " must be greater than " + text(min, whole) : " must be at most " + text(max, whole));
            }
            return name + " must be " + describe(whole);
        }

        /** e.g. "between 1 and 100,000", "at least 0 and below 1", "greater than 0 and at most 10" */
        public String describe(boolean whole) {
            if (Double.isInfinite(min) && Double.isInfinite(max)) {
                return "a number";
            }
            if (minIncluded && maxIncluded) {
                return "between " + text(min, whole) + " and " + text(max, whole);
            }
            return (minIncluded ? "at least " : "greater than ") + text(min, whole)
                    + (maxIncluded ? " and at most " : " and below ") + text(max, whole);
        }

        private static String text(double v, boolean whole) {
            return whole ? String.format("%,d", (long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
    }
}
