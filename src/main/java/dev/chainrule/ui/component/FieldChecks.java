package dev.chainrule.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.function.Supplier;

/**
 * Shows a field's problem beside it. The number rules themselves live in {@link NumberInput}
 * (one parser, one set of messages for every number field).
 */
public final class FieldChecks {
    private FieldChecks() {
    }

    /** Shows the message {@code problem} gives (or clears it when null); true when there is none. */
    public static boolean check(Component field, Supplier<String> problem) {
        String message = problem.get();
        HasValidation f = (HasValidation) field;
        f.setErrorMessage(message);
        f.setInvalid(message != null);
        return message == null;
    }
}
