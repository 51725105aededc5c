package dev.chainrule.ui.lab;

import dev.chainrule.classroom.Assignment;
import java.util.Locale;
import java.util.stream.Collectors;

/** An assignment's rules on one line, as the class page and the Lab's banner show them. */
public final class AssignmentFacts {
    private AssignmentFacts() {
    }

    /** "Two spirals · counts: validation accuracy · at most 50 parameters · locked: dataset, loss" */
    public static String of(Assignment a) {
        String counts = a.metric().label().replaceFirst(" \\(.*", "").toLowerCase(Locale.ROOT);
        String budget = a.parameterBudget() == null ? "no parameter budget"
                : String.format("at most %,d parameters", a.parameterBudget());
        String locked = a.locks().isEmpty() ? "nothing locked but the validation share"
                : "locked: " + a.locks().stream().map(l -> l.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                        + " and the validation share";
        return a.datasetName() + " \u00b7 counts: " + counts + " \u00b7 " + budget + " \u00b7 " + locked;
    }
}
