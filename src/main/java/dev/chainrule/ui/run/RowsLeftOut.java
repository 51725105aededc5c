package dev.chainrule.ui.run;

import dev.chainrule.data.prepare.MissingValueRule;
import dev.chainrule.data.prepare.PreparedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says how many rows of a dataset a run does not see and which rule left them out: a count that
 * silently drops from 200 to 194 makes a teacher doubt every other number on the page.
 */
public final class RowsLeftOut {
    private RowsLeftOut() {
    }

    /** "6 of 200 rows left out: …"; empty when every row is used. */
    public static Optional<String> of(PreparedData data, MissingValueRule rule) {
        int dropped = data.droppedRows();
        if (dropped == 0) {
            return Optional.empty();
        }
        int targets = data.missingTargets();
        List<String> why = new ArrayList<>();
        if (dropped > targets) {
            why.add(String.format("%,d with a missing value in an input column", dropped - targets));
        }
        if (targets > 0) {
            why.add(String.format("%,d without a target value", targets));
        }
        String ruleText = rule == MissingValueRule.DROP_ROWS
                ? "rule: a row with a missing value is left out, and a missing target is never made up"
                : "rule: missing inputs are filled in from the training rows, but a missing target is never made up";
        String remedy = dropped > targets
                ? " To keep them, fill in the gaps in the file and upload it again (the Datasets page counts each column's gaps)."
                : " To keep them, give those rows a target in the file and upload it again.";
        return Optional.of(String.format("%,d of %,d rows left out: %s (%s).", dropped, data.tableRows(),
                String.join(" and ", why), ruleText) + remedy);
    }
}
