package dev.chainrule.ui.share;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.SettingRows;
import dev.chainrule.run.FinalMetrics;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ShareNotFoundException;
import dev.chainrule.share.ShareService;
import dev.chainrule.share.SharedRun;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.lab.LabView;
import dev.chainrule.ui.run.RunData;
import dev.chainrule.ui.run.RunPanel;
import java.util.List;

/**
 * What a share link opens, for anyone, no account needed: the run read-only (title, notes, every
 * setting, the dataset, the curves, network and decision boundary, the final numbers), live while
 * it trains, so a class can watch the teacher's run each on their own screen. Nothing here changes
 * the run; Fork takes its settings into the visitor's own Lab. Every text the owner typed is set as
 * text, never as markup.
 */
@Route(value = "s/:token", layout = MainLayout.class)
@AnonymousAllowed
public class ShareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ShareService shares;
    private final RunService runs;
    private final TrainingService training;
    private final Div metrics = new Div();
    private String title = "Shared run · Chainrule";

    public ShareView(ShareService shares, RunService runs, TrainingService training) {
        this.shares = shares;
        this.runs = runs;
        this.training = training;
        addClassName("share-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        SharedRun shared;
        try {
            shared = shares.open(token);
        } catch (ShareNotFoundException e) {
            NotFoundView.show(event, e.getMessage());
            return;
        }
        show(shared, token);
    }

    private void show(SharedRun shared, String token) {
        Run run = shared.details().run();
        title = shared.title() + " · Chainrule";
        Paragraph by = new Paragraph("Shared by " + shared.ownerName() + ". You are watching it; nothing here changes it.");
        by.addClassName("shared-by");
        add(new H2(shared.title()), by);
        if (run.getNotes() != null) {
            Paragraph notes = new Paragraph(run.getNotes());
            notes.addClassName("shared-notes");
            notes.getStyle().set("white-space", "pre-wrap"); // the owner's line breaks, as text
            add(notes);
        }
        Button fork = new Button("Fork: train it yourself", VaadinIcon.FLASK.create(), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(LabView.class, QueryParameters.of(LabView.FORK, token))));
        fork.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fork.setTooltipText("Opens these settings and this dataset in your own Lab (log in or sign up first)");
        add(fork);
        addPanel(shared, token);
        ExperimentSpec spec = shared.details().spec();
        List<SettingRows.Setting> dataset = RunFacts.dataset(shared);
        if (!dataset.isEmpty()) {
            add(new H3("Data"), SettingsTable.of("shared-dataset", dataset));
        }
        add(new H3("Network and training settings"), SettingsTable.of("shared-settings", SettingRows.of(spec)));
        metrics.addClassName("shared-metrics");
        showMetrics(run, FinalMetrics.fromJson(run.getFinalMetrics()));
        add(new H3("Final numbers"), metrics);
    }

    /** The curves, network and boundary, live while it trains; the final numbers are read again when it ends. */
    private void addPanel(SharedRun shared, String token) {
        ExperimentSpec spec = shared.details().spec();
        RunPanel panel = RunPanel.forSharedRun(training);
        PreparedData data = shared.data() == null ? null
                : panel.showRecorded(spec, RunData.of(shared.data()), () -> runs.inputWidth(shared.details()));
        boolean[] live = {training.isTraining(shared.runId())};
        panel.setStatusListener(status -> {
            if (live[0] && !status.isActive()) {
                live[0] = false;
                refreshMetrics(token);
            }
        });
        panel.follow(shared.runId(), spec, data);
        add(panel);
    }

    private void refreshMetrics(String token) {
        try {
            Run now = shares.currentRun(token);
            showMetrics(now, FinalMetrics.fromJson(now.getFinalMetrics()));
        } catch (ShareNotFoundException e) {
            metrics.removeAll();
            metrics.add(new Paragraph(e.getMessage()));
        }
    }

    private void showMetrics(Run run, FinalMetrics numbers) {
        metrics.removeAll();
        metrics.add(SettingsTable.of("shared-final", RunFacts.metrics(run, numbers)));
        if (run.getStatus().isActive()) {
            metrics.add(new Paragraph("Still training: the progress above shows the newest numbers as they come."));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
