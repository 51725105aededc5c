package dev.chainrule.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.function.Supplier;

/**
 * Field rules shared by the forms: each rule returns the message to show beside the field, or
 * null when the value is fine; {@link #check} shows it.
 */
public final class FieldChecks {
    private FieldChecks() {
    }

    public static boolean check(Component field, Supplier<String> problem) {
        String message = problem.get();
        HasValidation f = (HasValidation) field;
        f.setErrorMessage(message);
        f.setInvalid(message != null);
        return message == null;
    }

    public static String positive(NumberField field, String name, double max) {
        Double v = field.getValue();
        if (v == null) {
            return "Enter a number";
        }
        return v <= 0 ? name + " must be greater than 0"
                : v > max ? name + " must be at most " + java.math.BigDecimal.valueOf(max).stripTrailingZeros().toPlainString()
                : null;
    }

    public static String unitInterval(NumberField field, String name) {
        Double v = field.getValue();
        return v == null || v < 0 || v >= 1 ? name + " must be at least 0 and below 1" : null;
    }

    /** A number must be there and finite (an empty field, or text the browser could not read, is null). */
    public static String number(NumberField field) {
        Double v = field.getValue();
        return v == null || !Double.isFinite(v) ? "Enter a number" : null;
    }

    public static String range(Integer v, int min, int max, String name) {
        if (v == null) {
            return "Enter a whole number";
        }
        return v < min || v > max ? String.format("%s must be between %,d and %,d", name, min, max) : null;
    }
}
