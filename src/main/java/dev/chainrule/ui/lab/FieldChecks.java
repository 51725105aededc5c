package dev.chainrule.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.function.Supplier;

/** The form's field rules: each returns the message to show beside the field, or null when it is fine. */
final class FieldChecks {
    private FieldChecks() {
    }

    static boolean check(Component field, Supplier<String> problem) {
        String message = problem.get();
        HasValidation f = (HasValidation) field;
        f.setErrorMessage(message);
        f.setInvalid(message != null);
        return message == null;
    }

    static String positive(NumberField field, String name, double max) {
        Double v = field.getValue();
        if (v == null) {
            return "Enter a number";
        }
        return v <= 0 ? name + " must be greater than 0" : v > max ? name + " must be at most " + max : null;
    }

    static String unitInterval(NumberField field, String name) {
        Double v = field.getValue();
        return v == null || v < 0 || v >= 1 ? name + " must be at least 0 and below 1" : null;
    }

    static String range(Integer v, int min, int max, String name) {
        if (v == null) {
            return "Enter a whole number";
        }
        return v < min || v > max ? String.format("%s must be between %,d and %,d", name, min, max) : null;
    }
}
