package dev.chainrule.ui.classroom.board;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.chainrule.classroom.AssignmentMetric;
import dev.chainrule.classroom.BoardRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The board's runs, one row each, refreshed in place every second: a row stays the same object while its run
 * lives, so the teacher's ticks (the grid's selection) survive every refresh. A student's grid has no ticks.
 * Names and titles are typed by people: the renderer binds them as text.
 */
final class BoardRuns extends Grid<BoardRuns.Row> {
    /** A run's row: its newest reading replaces the last, the row stays. */
    static final class Row {
        private BoardRun run;

        Row(BoardRun run) {
            this.run = run;
        }

        BoardRun run() {
            return run;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<Long, Row> byRun = new HashMap<>();
    private final ListDataProvider<Row> provider = new ListDataProvider<>(rows);

    BoardRuns(boolean teacher, AssignmentMetric metric) {
        addClassName("board-runs");
        setDataProvider(provider);
        if (teacher) {
            setSelectionMode(SelectionMode.MULTI);
            addColumn(r -> r.run().studentName() + (r.run().demonstration() ? " (demonstration)" : "")).setHeader("Student")
                    .setSortable(true).setAutoWidth(true);
        } else {
            setSelectionMode(SelectionMode.NONE);
        }
        addColumn(LitRenderer.<Row>of("<a href=\"${item.href}\">${item.title}</a>")
                .withProperty("href", r -> "runs/" + r.run().runId()).withProperty("title", r -> r.run().title()))
                .setHeader("Run").setAutoWidth(true).setFlexGrow(2);
        addColumn(r -> r.run().status().label()).setHeader("Status").setAutoWidth(true);
        // a fixed width: an automatic one is measured once, on the first epochs, and would cut "1,234 / 5,000" later
        addColumn(r -> String.format("%,d / %,d", r.run().epochsDone(), r.run().epochsPlanned())).setHeader("Epoch")
                .setWidth("11em").setFlexGrow(0);
        addColumn(r -> BoardNumbers.metric(metric, r.run().best())).setHeader(BoardNumbers.metricHeading(metric))
                .setComparator(Comparator.comparing((Row r) -> r.run().best(), Comparator.nullsLast(
                        metric.lowerIsBetter() ? Comparator.<Double>naturalOrder() : Comparator.<Double>reverseOrder())))
                .setSortable(true).setAutoWidth(true);
        addColumn(r -> BoardNumbers.count(r.run().parameters())).setHeader("Parameters").setAutoWidth(true);
        addColumn(r -> BoardNumbers.time(r.run().startedAt())).setHeader("Started").setAutoWidth(true);
        setAllRowsVisible(true);
    }

    /** The runs as read now, in their order; ticked rows stay ticked, a deleted run's row goes. */
    void show(List<BoardRun> runs) {
        Set<Long> now = runs.stream().map(BoardRun::runId).collect(Collectors.toSet());
        byRun.values().stream().filter(r -> !now.contains(r.run().runId())).forEach(this::deselect);
        byRun.keySet().retainAll(now);
        rows.clear();
        for (BoardRun run : runs) {
            Row row = byRun.computeIfAbsent(run.runId(), id -> new Row(run));
            row.run = run;
            rows.add(row);
        }
        provider.refreshAll();
    }

    /** The ticked runs, in the board's order. */
    List<Long> ticked() {
        Set<Row> selected = getSelectedItems();
        return rows.stream().filter(selected::contains).map(r -> r.run().runId()).toList();
    }

    /** The runs shown, in order, for tests. */
    List<BoardRun> shown() {
        return rows.stream().map(Row::run).toList();
    }
}
