package dev.chainrule.ui.runs;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.chainrule.experiment.Experiment;
import dev.chainrule.experiment.ExperimentService;
import dev.chainrule.experiment.FinalMetrics;
import dev.chainrule.ui.MainLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Every saved run, newest first; a click opens one with its chart. */
@Route(value = "runs", layout = MainLayout.class)
@PageTitle("Saved runs · Chainrule")
public class RunsView extends VerticalLayout {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public RunsView(ExperimentService experiments) {
        List<Experiment> runs = experiments.listNewestFirst();
        Grid<Experiment> grid = new Grid<>(Experiment.class, false);
        grid.addColumn(Experiment::getTitle).setHeader("Title").setFlexGrow(3);
        grid.addColumn(e -> e.getStatus().label()).setHeader("Status");
        grid.addColumn(Experiment::getEpochsDone).setHeader("Epochs");
        grid.addColumn(RunsView::finalLoss).setHeader("Final loss");
        grid.addColumn(e -> WHEN.format(e.getCreatedAt())).setHeader("Started").setFlexGrow(2);
        grid.setItems(runs);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(RunView.class, RunView.parameters(e.getItem().getId()))));
        grid.setEmptyStateText("No runs yet. Train the seed example and it appears here.");

        add(new H2("Saved runs"), new Paragraph("Every training run is kept with its settings, its history "
                + "and its final weights. Click a run to open it."), grid);
        setSizeFull();
    }

    static String finalLoss(Experiment e) {
        FinalMetrics m = FinalMetrics.fromJson(e.getFinalMetrics());
        return m == null || m.trainLoss() == null ? "—" : String.format("%.6g", m.trainLoss());
    }
}
