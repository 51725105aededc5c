package dev.chainrule.data;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.MissingValueRule;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.engine.spec.Task;

/** What the fuzz test does with a table the importer accepted: the steps a user takes next. */
final class FuzzFollowUp {

    private FuzzFollowUp() {
    }

    static void afterImport(RawTable table) {
        table.preview(10);
        DatasetProfile.of(table);
        prepare(table, DataOptions.defaults());
        prepare(table, DataOptions.defaults().withStandardize(true).withValidation(0.3, 7)
                .withMissingValues(MissingValueRule.IMPUTE));
        prepare(table, DataOptions.defaults().withTask(Task.MULTICLASS).withTarget(table.columnNames().get(0)));
    }

    private static void prepare(RawTable table, DataOptions options) {
        try {
            Preparation.prepare(table, options);
        } catch (DataFormatException e) {
            if (e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                throw new AssertionError("not a one-line message: " + e.getMessage());
            }
        }
    }
}
