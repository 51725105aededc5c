package dev.chainrule.ui.classroom.board;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import dev.chainrule.classroom.AssignmentMetric;
import dev.chainrule.classroom.BoardStanding;
import java.util.List;

/**
 * Each student's best run, ranked: a name and a number per line, the visitor's own marked. Only a line the visitor
 * may open links to its run (the teacher's every line, a student's own). Names are set as text.
 */
final class Leaderboard extends Grid<BoardStanding> {
    private List<BoardStanding> standings = List.of();

    Leaderboard(AssignmentMetric metric) {
        addClassName("board-leaderboard");
        setSelectionMode(SelectionMode.NONE);
        addColumn(BoardStanding::rank).setHeader("#").setWidth("4em").setFlexGrow(0);
        addColumn(s -> s.studentName() + (s.mine() ? " (you)" : "")).setHeader("Student").setFlexGrow(2);
        addColumn(s -> BoardNumbers.metric(metric, s.best())).setHeader(BoardNumbers.metricHeading(metric)).setAutoWidth(true);
        addComponentColumn(s -> s.runId() == null ? new Span() : new Anchor("runs/" + s.runId(), "open")).setHeader("Run")
                .setAutoWidth(true);
        setClassNameGenerator(s -> s.mine() ? "mine" : null);
        setAllRowsVisible(true);
    }

    void show(List<BoardStanding> now) {
        standings = now;
        setItems(now);
    }

    /** The lines shown, for tests. */
    List<BoardStanding> standings() {
        return standings;
    }
}
