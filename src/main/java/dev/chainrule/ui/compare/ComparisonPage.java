package dev.chainrule.ui.compare;

import static java.nio.charset.StandardCharsets.UTF_8;


import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.chainrule.account.Visitor;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.Comparison;
import dev.chainrule.compare.ComparisonCsv;
import dev.chainrule.compare.Groups;
import dev.chainrule.lesson.Lesson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A comparison of runs, for the page of one's own ({@code /compare}) and a shared link ({@code /c/…}):
 * controls, one legend, the overlaid curves, the outcome table, the settings side by side and the
 * runs' pictures. Runs that still train are followed while the page is open.
 */
final class ComparisonPage extends VerticalLayout {
    private static final long OUTCOMES_EVERY_MS = 1000;
    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "comparison-outcomes");
        t.setDaemon(true);
        return t;
    });
    private final ComparisonServices services;
    private final ComparisonState state;
    private final FollowedRuns followed;
    private final RunLegend legend;
    private final CompareCharts charts;
    private final OutcomeTable outcomes;
    private final SideBySide pictures;
    /** The lesson's point to notice, when the runs were started for one; else null. */
    private final LessonBanner lessonBanner;
    private long outcomesShownAt;
    private boolean outcomesDue; // a refresh of the outcomes is scheduled

    /**
     * @param mayShare whether the visitor may share these runs as a comparison link (all are their own), and save them as a lesson
     * @param lesson   the lesson the runs were started for, whose point to notice the page shows; or null
     */
    ComparisonPage(Comparison comparison, ComparisonServices services, Visitor visitor, boolean mayShare, Lesson lesson) {
        this.services = services;
        setPadding(false);
        addClassName("comparison");
        CompareControls controls = new CompareControls(Groups.settings(comparison.runs()), this::choose);
        this.state = new ComparisonState(comparison.runs(), comparison.runsAsked(), controls.choice());
        this.followed = new FollowedRuns(state, new LiveComparison(services.training(), visitor));
        int n = comparison.runs().size();
        add(new H2(n == 1 ? "One run" : n + " runs compared"));
        if (!comparison.notFound().isEmpty()) {
            Paragraph missing = new Paragraph("Not found: " + String.join(", ", comparison.notFound()) + ". Each may have "
                    + "been deleted, be someone else's, or its link withdrawn; the others are shown.");
            missing.addClassName("compare-not-found");
            add(missing);
        }
        lessonBanner = lesson == null ? null : new LessonBanner(lesson, state);
        if (lessonBanner != null) {
            add(lessonBanner);
        }
        add(toolbar(visitor, mayShare), controls);
        legend = new RunLegend(this::toggle);
        charts = new CompareCharts(state);
        pictures = new SideBySide(state, services.training(), services.datasets(), services.runs());
        outcomes = new OutcomeTable(state);
        add(legend, charts, new H3("Outcomes"), outcomes, new SettingsDiffTable(state), pictures);
        legend.show(state.legendEntries(), state.hidden());
        charts.redraw();
        outcomesShownAt = System.currentTimeMillis();
    }

    private HorizontalLayout toolbar(Visitor visitor, boolean mayShare) {
        Anchor csv = new Anchor((DownloadHandler) this::writeCsv, "Download CSV (run, epoch, metric, value)");
        csv.getElement().setAttribute("download", "comparison.csv");
        csv.addClassName("compare-csv");
        // the same runs large, for the projector; the runs page there is opened with this page's checks
        Anchor present = new Anchor(CompareLinks.presentation(state.runs().stream().map(ComparedRun::key).toList()),
                "Show to class");
        present.addClassName("compare-present");
        HorizontalLayout bar = new HorizontalLayout(csv, present);
        bar.setAlignItems(Alignment.BASELINE);
        if (mayShare) {
            Button share = new Button("Share comparison\u2026", VaadinIcon.CONNECT.create(), e -> new ShareComparisonDialog(
                    services.comparisonShares(), visitor, state.runs().stream().map(ComparedRun::runId).toList()).open());
            share.setTooltipText("A read-only link to these runs, compared, for anyone, without an account");
            bar.add(share);
            List<Long> ids = state.runs().stream().map(ComparedRun::runId).toList();
            Button saveLesson = new Button("Save as lesson\u2026", VaadinIcon.ACADEMY_CAP.create(),
                    e -> new SaveLessonDialog(services.lessons(), visitor, ids).open());
            saveLesson.setEnabled(ids.size() <= Lesson.MAX_RUNS);
            saveLesson.setTooltipText(ids.size() <= Lesson.MAX_RUNS
                    ? "These runs' experiments, with a text of yours and the point to notice, to start again in one click"
                    : "A lesson has at most " + Lesson.MAX_RUNS + " runs: compare fewer to save them as one");
            bar.add(saveLesson);
        }
        return bar;
    }

    /**
     * Streams the CSV of every epoch to the browser as it is written, run by run: fifty runs of 10,000 epochs are
     * some hundred megabytes, never held in memory. Runs on the request's thread, without the session's lock but
     * for the moment it takes the runs, so the page stays usable meanwhile. Package-visible for tests.
     */
    void writeCsv(DownloadEvent event) throws IOException {
        event.setFileName("comparison.csv");
        event.setContentType("text/csv;charset=UTF-8");
        List<ComparedRun> runs;
        event.getSession().lock();
        try {
            runs = state.runs();
        } finally {
            event.getSession().unlock();
        }
        try {
            ComparisonCsv.write(runs, services.compare()::fullHistory,
                    new BufferedWriter(new OutputStreamWriter(event.getOutputStream(), UTF_8)));
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the browser went away: Vaadin logs it as a failed download
        }
    }

    private void choose(CompareControls.Choice choice) {
        state.choose(choice);
        legend.show(state.legendEntries(), state.hidden());
        charts.redraw();
        showOutcomes();
    }

    private void toggle(String key, boolean shown) {
        state.setShown(key, shown);
        charts.setHidden(state.hidden());
    }

    private void showOutcomes() {
        outcomes.refresh();
        if (lessonBanner != null) {
            lessonBanner.refresh();
        }
        outcomesShownAt = System.currentTimeMillis();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        followed.attach(ui, charts, services.compare(), () -> {
            long since = System.currentTimeMillis() - outcomesShownAt;
            if (since >= OUTCOMES_EVERY_MS) {
                showOutcomes();
            } else if (!outcomesDue) {
                // the last epochs of a burst must show too, even when no more come to trigger it (a run followed
                // from another instance's stores may pause between bursts): once, when the second is over
                outcomesDue = true;
                LATER.schedule(() -> showOutcomesLater(ui), OUTCOMES_EVERY_MS - since, TimeUnit.MILLISECONDS);
            }
        }, () -> {
            showOutcomes();
            pictures.refresh();
        });
    }

    private void showOutcomesLater(UI ui) {
        try {
            ui.access(() -> {
                outcomesDue = false;
                showOutcomes();
            });
        } catch (UIDetachedException e) {
            // the page was closed meanwhile
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        followed.detach();
        outcomesDue = false; // a refresh scheduled meanwhile finds the page gone; back on it, one may be scheduled again
    }

    /** For tests. */
    ComparisonState state() {
        return state;
    }
}
