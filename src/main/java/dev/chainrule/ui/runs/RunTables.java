package dev.chainrule.ui.runs;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.DiffRow;
import dev.chainrule.compare.Outcome;
import dev.chainrule.compare.SettingsDiff;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.experiment.SettingRows;
import dev.chainrule.experiment.SettingRows.Setting;
import dev.chainrule.run.FinalMetrics;
import dev.chainrule.ui.component.TextTable;
import dev.chainrule.ui.component.TextTable.Cell;
import dev.chainrule.ui.component.TextTable.Head;
import dev.chainrule.ui.component.TextTable.Sort;
import dev.chainrule.ui.run.RowsLeftOut;
import dev.chainrule.ui.share.RunFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's every setting and its final numbers, as two tables. The settings are the comparison's rows
 * ({@link SettingsDiff}) for this one run, so the run page and a comparison never name a setting differently,
 * and a setting added to the experiment appears in both; the data it trained on follows the dataset's row.
 */
final class RunTables extends VerticalLayout {
    private final TextTable settings = new TextTable();
    private final TextTable numbers = new TextTable();

    RunTables(ComparedRun run, PreparedData data) {
        setPadding(false);
        addClassName("run-tables");
        settings.addClassNames("run-settings", "striped");
        numbers.addClassNames("run-numbers", "striped");
        List<Setting> rows = new ArrayList<>();
        for (DiffRow row : SettingsDiff.of(List.of(run))) {
            rows.add(new Setting(row.setting(), row.cells().get(0).text()));
            if (row.setting().equals(SettingsDiff.DATASET) && data != null) {
                rows.add(new Setting("Rows trained on", String.format("%,d for training, %,d for validation",
                        data.train().rows(), data.validation() == null ? 0 : data.validation().rows())));
                RowsLeftOut.of(data, run.spec().data().options().missingValues())
                        .ifPresent(text -> rows.add(new Setting("Rows left out", text)));
            }
        }
        show(settings, "Setting", rows);
        add(new H3("Final numbers"), numbers, new H3("Settings"), settings);
        showNumbers(run);
    }

    /** The numbers as they stand: the last epoch's, the best, time and speed; called again when a live run ends. */
    void showNumbers(ComparedRun run) {
        List<Setting> rows = new ArrayList<>(RunFacts.metrics(run.details().run(),
                FinalMetrics.fromJson(run.details().run().getFinalMetrics())));
        Outcome outcome = Outcome.of(run);
        best(rows, "Best validation loss", outcome.bestValidationLoss(), outcome.bestValidationLossEpoch(), false);
        best(rows, "Best validation accuracy", outcome.bestValidationAccuracy(), outcome.bestValidationAccuracyEpoch(), true);
        if (outcome.epochs() > 0) {
            rows.add(new Setting("Time", String.format("%.1f s", outcome.seconds())));
        }
        if (!Double.isNaN(outcome.epochsPerSecond())) {
            rows.add(new Setting("Speed", String.format("%,.0f epochs/s", outcome.epochsPerSecond())));
        }
        show(numbers, "Measure", rows);
    }

    private static void best(List<Setting> rows, String name, Double value, Integer epoch, boolean percent) {
        if (value != null) {
            rows.add(new Setting(name, (percent ? String.format("%.1f %%", value * 100) : SettingRows.number(value))
                    + " (epoch " + String.format("%,d", epoch) + ")"));
        }
    }

    private static void show(TextTable table, String what, List<Setting> rows) {
        table.show(List.of(new Head(what, Sort.UNSORTABLE), new Head("This run", Sort.UNSORTABLE)), rows.stream()
                .map(s -> new TextTable.Row(s.name(), List.of(new Cell(s.name(), null, null, null, true), Cell.of(s.value()))))
                .toList());
    }

    /** The shown value of a row of the settings table, or null; for tests. */
    String setting(String name) {
        return value(settings, name);
    }

    /** The shown value of a row of the final numbers, or null; for tests. */
    String number(String name) {
        return value(numbers, name);
    }

    private static String value(TextTable table, String name) {
        return table.getRows().stream().filter(r -> r.key().equals(name)).map(r -> r.cells().get(1).text())
                .findFirst().orElse(null);
    }
}
