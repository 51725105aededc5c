package dev.chainrule.ui.runs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.shared.Registration;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.DatasetLabel;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunQuery;
import dev.chainrule.run.RunRow;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunTransfer;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.account.CurrentVisitor;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Every run: search, filter and sort them, open one, rename or delete it, tick some to compare them. */
@Route(value = "runs", layout = MainLayout.class)
@PermitAll
@PageTitle("Runs · Chainrule")
public class RunsView extends VerticalLayout {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    /** To the minute in the list: the run's page has the seconds. */
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private static final int LIVE_REFRESH_MS = 1000;

    private final RunService runs;
    private final TextField search = new TextField();
    private final Select<DatasetLabel> dataset = new Select<>();
    private final Select<RunStatus> status = new Select<>();
    private final Grid<RunRow> grid = new Grid<>(RunRow.class, false);
    private final Span message = new Span();
    private final RunActions actions;
    private final CompareSelection compare;

    private final Visitor visitor;
    private boolean liveShown;
    private Registration poll;

    public RunsView(RunService runs, RunTransfer transfer, CurrentVisitor current) {
        this.visitor = current.get();
        this.runs = runs;
        this.actions = new RunActions(runs, visitor, this::refresh, this::refreshAfterDelete, this::showMessage);
        configureFilters();
        configureGrid();
        compare = new CompareSelection(grid);
        message.addClassName("runs-message");
        message.getElement().setAttribute("role", "alert");
        HorizontalLayout toolbar = new HorizontalLayout(search, dataset, status);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2("Runs"), new Paragraph("Every training run is kept with its settings, its history "
                + "and its final weights. Click one to open it."), new RunImport(transfer, visitor), toolbar, compare, message, grid);
        setSizeFull();
        dataset.setItems(runs.datasetsInUse(visitor));
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
        status.setItems(RunStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        // Short columns take the width of their longest text ("Completed", a date) and never cut it; the title and
        // the dataset share what is left of a laptop's width (a long title is cut there, and shown whole on hover).
        grid.addColumn(r -> r.run().getTitle()).setHeader("Title").setWidth("10em").setFlexGrow(4)
                .setTooltipGenerator(r -> r.run().getTitle());
        grid.addColumn(RunRow::datasetName).setHeader("Dataset").setWidth("7em").setFlexGrow(1)
                .setTooltipGenerator(RunRow::datasetName);
        grid.addColumn(r -> r.run().getStatus().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0)
                .setKey("status");
        grid.addColumn(RunsView::epochs).setHeader("Epochs").setAutoWidth(true).setFlexGrow(0).setKey("epochs");
        grid.addColumn(r -> number(r.finalTrainLoss())).setHeader("Final loss").setAutoWidth(true).setFlexGrow(0);
        // a fixed width: auto width does not count the sort button, and cut the header
        grid.addColumn(r -> number(r.finalValidationLoss())).setHeader("Final val. loss").setWidth("9.5em").setFlexGrow(0)
                .setKey("validationLoss").setSortable(true).setSortProperty("validationLoss");
        grid.addColumn(r -> STARTED.format(r.run().getCreatedAt())).setHeader("Started").setAutoWidth(true).setFlexGrow(0)
                .setKey("started").setSortable(true).setSortProperty("started");
        grid.addComponentColumn(actions::buttons).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT); // every column fits at 1280 px
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui ->
                ui.navigate(RunView.class, RunView.parameters(e.getItem().run().getId()))));
        grid.setEmptyStateText("No runs match. Train in the Lab or the seed example and they appear here.");
        // The service sorts (validation losses nulls last either way); the grid only says by what.
        grid.setItems(q -> rows(q.getSortOrders().isEmpty() ? null : q.getSortOrders().get(0))
                        .stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> rows(q.getSortOrders().isEmpty() ? null : q.getSortOrders().get(0)).size())
                // rows are read anew on every refresh: ticked runs stay ticked by their id
                .setIdentifierProvider(r -> r.run().getId());
    }

    private List<RunRow> rows(QuerySortOrder sort) {
        RunQuery query = RunQuery.all().withTitle(search.getValue())
                .withDataset(dataset.getValue() == null ? null : dataset.getValue().key())
                .withStatus(status.getValue());
        if (sort != null) {
            query = query.sortedBy(sort.getSorted().equals("validationLoss") ? RunQuery.Order.FINAL_VALIDATION_LOSS
                    : RunQuery.Order.STARTED, sort.getDirection() == SortDirection.DESCENDING);
        }
        List<RunRow> found = runs.find(visitor, query);
        liveShown = found.stream().anyMatch(r -> r.run().getStatus().isActive());
        getUI().ifPresent(ui -> ui.setPollInterval(liveShown ? LIVE_REFRESH_MS : -1)); // no polling for a list at rest
        return found;
    }

    /** A run still training counts its epochs as they come (its row is read again each second), never "0" for good. */
    private static String epochs(RunRow row) {
        Run run = row.run();
        return run.getStatus() == RunStatus.QUEUED && run.getEpochsDone() == 0 ? "waiting"
                : String.format("%,d", run.getEpochsDone());
    }

    /** While a listed run trains, its row is read again every second (it stores its progress four times a second). */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(liveShown ? LIVE_REFRESH_MS : -1);
        poll = ui.addPollListener(e -> {
            if (liveShown) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** After a delete the last run on a dataset may be gone: the filter offers only datasets in use. */
    private void refreshAfterDelete() {
        DatasetLabel chosen = dataset.getValue();
        List<DatasetLabel> inUse = runs.datasetsInUse(visitor);
        dataset.setItems(inUse);
        dataset.setValue(inUse.contains(chosen) ? chosen : null);
        compare.keepOnly(runs.listNewestFirst(visitor).stream().map(Run::getId).collect(Collectors.toSet()));
        refresh();
    }

    private void showMessage(String text) {
        message.setText(text);
    }

    private static String number(Double v) {
        return v == null ? "—" : String.format("%.4g", v); // as the comparison shows them; the run's page has six digits
    }
}
