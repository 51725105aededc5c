package dev.chainrule.ui.runs;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.chainrule.experiment.DatasetLabel;
import dev.chainrule.experiment.ExperimentQuery;
import dev.chainrule.experiment.ExperimentRow;
import dev.chainrule.experiment.ExperimentService;
import dev.chainrule.experiment.ExperimentStatus;
import dev.chainrule.ui.MainLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Every experiment: search, filter and sort them, open one, rename or delete it. */
@Route(value = "runs", layout = MainLayout.class)
@PageTitle("Experiments · Chainrule")
public class ExperimentsView extends VerticalLayout {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ExperimentService experiments;
    private final TextField search = new TextField();
    private final Select<DatasetLabel> dataset = new Select<>();
    private final Select<ExperimentStatus> status = new Select<>();
    private final Grid<ExperimentRow> grid = new Grid<>(ExperimentRow.class, false);
    private final Span message = new Span();
    private final ExperimentActions actions;

    public ExperimentsView(ExperimentService experiments) {
        this.experiments = experiments;
        this.actions = new ExperimentActions(experiments, this::refresh, this::refreshAfterDelete, this::showMessage);
        configureFilters();
        configureGrid();
        message.addClassName("experiments-message");
        message.getElement().setAttribute("role", "alert");
        HorizontalLayout toolbar = new HorizontalLayout(search, dataset, status);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2("Experiments"), new Paragraph("Every training run is kept with its settings, its history "
                + "and its final weights. Click one to open it."), toolbar, message, grid);
        setSizeFull();
        dataset.setItems(experiments.datasetsInUse());
    }

    private void configureFilters() {
        search.setLabel("Search titles");
        search.setPlaceholder("part of a title");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        dataset.setLabel("Dataset");
        dataset.setItemLabelGenerator(d -> d == null ? "All datasets" : d.name());
        dataset.setEmptySelectionAllowed(true);
        dataset.setEmptySelectionCaption("All datasets");
        dataset.addValueChangeListener(e -> refresh());
        status.setLabel("Status");
        status.setItems(ExperimentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.addColumn(r -> r.experiment().getTitle()).setHeader("Title").setFlexGrow(4).setAutoWidth(true);
        grid.addColumn(ExperimentRow::datasetName).setHeader("Dataset").setFlexGrow(2);
        grid.addColumn(r -> r.experiment().getStatus().label()).setHeader("Status");
        grid.addColumn(r -> r.experiment().getEpochsDone()).setHeader("Epochs");
        grid.addColumn(r -> number(r.finalTrainLoss())).setHeader("Final loss");
        grid.addColumn(r -> number(r.finalValidationLoss())).setHeader("Final validation loss")
                .setKey("validationLoss").setSortable(true).setSortProperty("validationLoss");
        grid.addColumn(r -> WHEN.format(r.experiment().getCreatedAt())).setHeader("Started").setFlexGrow(2)
                .setKey("started").setSortable(true).setSortProperty("started");
        grid.addComponentColumn(actions::buttons).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui ->
                ui.navigate(RunView.class, RunView.parameters(e.getItem().experiment().getId()))));
        grid.setEmptyStateText("No experiments match. Train in the Lab or the seed example and they appear here.");
        // The service sorts (validation losses nulls last either way); the grid only says by what.
        grid.setItems(q -> rows(q.getSortOrders().isEmpty() ? null : q.getSortOrders().get(0))
                        .stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> rows(q.getSortOrders().isEmpty() ? null : q.getSortOrders().get(0)).size());
    }

    private List<ExperimentRow> rows(QuerySortOrder sort) {
        ExperimentQuery query = ExperimentQuery.all().withTitle(search.getValue())
                .withDataset(dataset.getValue() == null ? null : dataset.getValue().key())
                .withStatus(status.getValue());
        if (sort != null) {
            query = query.sortedBy(sort.getSorted().equals("validationLoss") ? ExperimentQuery.Order.FINAL_VALIDATION_LOSS
                    : ExperimentQuery.Order.STARTED, sort.getDirection() == SortDirection.DESCENDING);
        }
        return experiments.find(query);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** After a delete the last run on a dataset may be gone: the filter offers only datasets in use. */
    private void refreshAfterDelete() {
        DatasetLabel chosen = dataset.getValue();
        List<DatasetLabel> inUse = experiments.datasetsInUse();
        dataset.setItems(inUse);
        dataset.setValue(inUse.contains(chosen) ? chosen : null);
        refresh();
    }

    private void showMessage(String text) {
        message.setText(text);
    }

    private static String number(Double v) {
        return v == null ? "—" : String.format("%.6g", v);
    }
}
