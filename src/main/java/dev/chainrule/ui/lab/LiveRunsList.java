package dev.chainrule.ui.lab;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.account.Visitor;
import dev.chainrule.training.ActiveRun;
import dev.chainrule.training.TrainingService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person's runs still queued or training (class {@code live-runs}), so that a reload, or a
 * visit to another page, never leaves a run out of sight: each with its title, how far it is,
 * Watch (the Lab follows it again) and a link to its page. Hidden while there are none. Leaving
 * the Lab stops no run; this list is how one finds it again.
 */
class LiveRunsList extends VerticalLayout {
    /** How often an open Lab looks for runs started or ended elsewhere, and for their progress. */
    static final long REFRESH_MS = 2000;
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lab-live-runs");
        t.setDaemon(true);
        return t;
    });
    private static final Logger LOG = LoggerFactory.getLogger(LiveRunsList.class);

    private final TrainingService training;
    private final Visitor visitor;
    private final Consumer<ActiveRun> watch;
    private final Supplier<Long> watched;
    private List<Row> shown = List.of();
    private ScheduledFuture<?> clock;

    /** What a row shows: when none of it changed, nothing is sent to the browser. */
    private record Row(long id, String title, String progress, boolean watchable) {
    }

    /**
     * @param watch   makes the Lab follow a run of a library dataset
     * @param watched the run the Lab follows now, or null
     */
    LiveRunsList(TrainingService training, Visitor visitor, Consumer<ActiveRun> watch, Supplier<Long> watched) {
        this.training = training;
        this.visitor = visitor;
        this.watch = watch;
        this.watched = watched;
        addClassName("live-runs");
        setPadding(false);
        setSpacing(false);
        setVisible(false);
    }

    /** The newest run this Lab can follow (one on a library dataset), if any trains. */
    Optional<ActiveRun> newestWatchable() {
        return runs().stream().filter(LiveRunsList::watchable).findFirst();
    }

    /** Shows the runs as they are now. */
    void refresh() {
        List<Row> rows = rows();
        if (rows.equals(shown)) {
            return;
        }
        shown = rows;
        removeAll();
        setVisible(!rows.isEmpty());
        if (rows.isEmpty()) {
            return;
        }
        Span heading = new Span(rows.size() == 1 ? "Your run still training" : "Your runs still training");
        heading.addClassName("live-runs-heading");
        add(heading);
        rows.forEach(row -> add(line(row)));
    }

    private HorizontalLayout line(Row row) {
        Span title = new Span(row.title()); // typed by the person: shown as text, never as HTML
        title.getStyle().set("font-weight", "600");
        Span progress = new Span(row.progress());
        progress.addClassName("hint");
        HorizontalLayout line = new HorizontalLayout(title, progress);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        if (row.watchable()) {
            boolean following = Objects.equals(watched.get(), row.id());
            Button button = new Button(following ? "Watching" : "Watch", e -> runs().stream()
                    .filter(r -> r.id() == row.id()).findFirst().ifPresentOrElse(watch, this::refresh));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setEnabled(!following);
            line.add(button);
        }
        if (row.id() > 0) { // an unstored run has no page
            line.add(new Anchor("runs/" + row.id(), "Open its page"));
        }
        return line;
    }

    private List<Row> rows() {
        Long following = watched.get();
        return runs().stream().filter(r -> r.id() > 0 || watchable(r))
                .map(r -> new Row(r.id(), r.title(), progress(r) + (Objects.equals(following, r.id()) ? " · shown here" : ""),
                        watchable(r)))
                .toList();
    }

    private List<ActiveRun> runs() {
        return training.activeRuns(visitor);
    }

    // the Lab draws a run on a library dataset; the seed example's data travels inside its run
    private static boolean watchable(ActiveRun run) {
        return !run.inlineData() && run.id() > 0;
    }

    private static String progress(ActiveRun run) {
        String pace = run.epochsPerSecond() == 0 ? "full speed" : String.format("%,d epochs/s", run.epochsPerSecond());
        return String.format("%s · epoch %,d of %,d · %s", run.status().label(), run.epochsDone(), run.totalEpochs(), pace);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        UI ui = event.getUI();
        clock = CLOCK.scheduleWithFixedDelay(() -> push(ui), REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (clock != null) {
            clock.cancel(false);
            clock = null;
        }
    }

    private void push(UI ui) {
        try {
            ui.access(this::refresh); // changes nothing, and so sends nothing, while the rows read the same
        } catch (UIDetachedException e) {
            // the page was closed; its detach cancels this clock
        } catch (RuntimeException e) {
            // a failure escaping here would silently end the schedule, and with it the list's progress
            LOG.warn("The Lab's list of live runs could not be refreshed", e);
        }
    }
}
