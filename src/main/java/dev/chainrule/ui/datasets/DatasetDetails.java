package dev.chainrule.ui.datasets;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.data.RawTable;
import dev.chainrule.dataset.DatasetService;

/** The selected dataset: what it is, how it was read, its first rows, its columns and a plot. */
class DatasetDetails extends VerticalLayout {
    private final H2 title = new H2();
    private final Paragraph description = new Paragraph();
    private final Paragraph detected = new Paragraph();
    private final UploadActions actions;
    private final PreviewTable preview = new PreviewTable();
    private final ColumnStats stats = new ColumnStats();
    private final ScatterPanel scatter = new ScatterPanel();
    private final H3 previewTitle = new H3();

    DatasetDetails(DatasetService datasets, Visitor visitor) {
        this.actions = new UploadActions(datasets, visitor);
        title.addClassName("dataset-title");
        description.addClassName("dataset-description");
        detected.addClassNames("hint", "dataset-detected");
        add(title, description, detected, actions, new H3("Columns"), stats, previewTitle, preview,
                new H3("Two columns against each other"), scatter);
        addClassName("dataset-details-panel");
    }

    void onRenamed(SerializableConsumer<String> listener) {
        actions.onRenamed(listener);
    }

    void onDeleted(SerializableRunnable listener) {
        actions.onDeleted(listener);
    }

    void show(LibraryEntry entry, RawTable table, DatasetProfile profile) {
        title.setText(entry.name());
        description.setText(entry.details());
        detected.setText("Read as " + detected(profile) + ".");
        actions.show(entry.choice());
        stats.show(profile.columns());
        previewTitle.setText(table.rows() <= PreviewTable.ROWS ? "All rows" : "The first " + PreviewTable.ROWS + " rows");
        preview.show(table);
        scatter.show(table, profile.defaultTarget(), profile.columns());
    }

    /** What the importer decided, in words: "comma separated, with a header row, 150 rows × 5 columns; …". */
    static String detected(DatasetProfile profile) {
        return String.format("%s separated, %s, %,d rows × %d columns; target \u201c%s\u201d (the last column), "
                + "a %s task", profile.delimiter(), profile.header() ? "with a header row" : "without a header row",
                profile.rows(), profile.columns().size(), profile.defaultTarget(), profile.inferredTask().id());
    }
}
