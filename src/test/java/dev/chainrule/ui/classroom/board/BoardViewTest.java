package dev.chainrule.ui.classroom.board;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.Assignment;
import dev.chainrule.classroom.AssignmentDraft;
import dev.chainrule.classroom.AssignmentMetric;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.classroom.BoardRun;
import dev.chainrule.classroom.BoardStanding;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.compare.ComparisonPresentation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The class board's page (issue 15, item 3): the teacher's every run with ticks that survive the page's refreshes,
 * Compare and Show to class, hiding the leaderboard; a student's own runs and the leaderboard's names and numbers,
 * never another's notes; someone not in the class finds nothing.
 */
@Import(AbstractAppTest.SynchronousTraining.class)
class BoardViewTest extends AbstractAppTest {
    private static final String HOSTILE = "<b onclick=x>Bob</b> ";

    @Autowired
    ClassroomService classes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;

    Visitor ann;
    Visitor bob;
    Assignment assignment;
    ExperimentSpec start;
    long annsRun;
    long bobsRun;

    @BeforeEach
    void aClassWithTwoStudentsWhoTrained() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000);
        long classId = classes.create(me(), "Class " + suffix).id();
        ann = People.person(accounts, "Ann " + suffix);
        bob = People.person(accounts, HOSTILE + suffix);
        classes.join(ann, classes.joinCode(me(), classId));
        classes.join(bob, classes.joinCode(me(), classId));
        long teachersRun = SharedRuns.train(launcher, me(), "builtin:spirals", "Spirals");
        assignment = assignments.publish(me(), classId, new AssignmentDraft(teachersRun, "Spirals, small", "", Set.of(),
                null, AssignmentMetric.VALIDATION_ACCURACY));
        start = assignments.openInLab(me(), assignment.id()).experiment();
        annsRun = assignments.startRun(ann, assignment.id(), start, 0).id();
        bobsRun = assignments.startRun(bob, assignment.id(), start, 0).id();
        runs.updateNotes(bob, bobsRun, "BOB'S NOTES");
    }

    @Test
    void theTeacherTicksRunsThatStayTickedAcrossRefreshesAndComparesThem() {
        UI.getCurrent().navigate(BoardView.of(assignment.id()));
        BoardView board = _get(BoardView.class);

        assertThat(board.runs().shown()).extracting(BoardRun::runId).containsExactly(bobsRun, annsRun);
        assertThat(board.leaderboard().standings()).extracting(BoardStanding::studentName)
                .containsExactlyInAnyOrder(ann.name(), bob.name());
        board.runs().select(board.runs().getListDataView().getItem(0));
        long annsSecond = assignments.startRun(ann, assignment.id(), start, 0).id();

        board.refresh();

        assertThat(board.runs().shown()).extracting(BoardRun::runId).containsExactly(annsSecond, bobsRun, annsRun);
        assertThat(board.runs().ticked()).as("the tick survived the refresh").containsExactly(bobsRun);
        board.runs().select(board.runs().getListDataView().getItem(2));

        _click(_get(Button.class, s -> s.withText("Compare ticked")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getSingleParameter("runs"))
                .contains(bobsRun + "," + annsRun);
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain("BOB'S NOTES")
                .doesNotContain("Not found:");
    }

    @Test
    void showToClassPresentsTheTickedRuns() {
        UI.getCurrent().navigate(BoardView.of(assignment.id()));
        BoardView board = _get(BoardView.class);
        _click(_get(Button.class, s -> s.withText("Show to class")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("board-message")).getText()).startsWith("Tick one or more runs");

        board.runs().asMultiSelect().select(board.runs().getListDataView().getItems().toList().toArray(BoardRuns.Row[]::new));
        _click(_get(Button.class, s -> s.withText("Show to class")));

        assertThat(_get(ComparisonPresentation.class).keys()).containsExactly(String.valueOf(bobsRun), String.valueOf(annsRun));
    }

    @Test
    void theTeacherHidesTheLeaderboardAndAStudentThenSeesOnlyTheirOwnRuns() {
        UI.getCurrent().navigate(BoardView.of(assignment.id()));
        _setValue(_get(Checkbox.class, s -> s.withLabel("Students see the leaderboard")), false);
        assertThat(assignments.open(me(), assignment.id()).leaderboardVisible()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withClasses("board-leaderboard-hidden")).getText())
                .isEqualTo("Hidden from students: only you see it.");

        logInAs(ann.name());
        UI.getCurrent().navigate(BoardView.of(assignment.id()));
        BoardView board = _get(BoardView.class);

        assertThat(board.runs().shown()).extracting(BoardRun::runId).containsExactly(annsRun);
        assertThat(board.leaderboard().isVisible()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withClasses("board-leaderboard-hidden")).getText())
                .isEqualTo("Your teacher has hidden the leaderboard for now.");
        assertThat(_find(Checkbox.class, s -> s.withLabel("Students see the leaderboard"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Compare ticked"))).isEmpty();
    }

    @Test
    void aStudentSeesTheLeaderboardsNamesAndNumbersButNotAnothersRunOrNotes() {
        logInAs(ann.name());
        UI.getCurrent().navigate(BoardView.of(assignment.id()));
        BoardView board = _get(BoardView.class);

        List<BoardStanding> lines = board.leaderboard().standings();
        assertThat(lines).extracting(BoardStanding::studentName).containsExactlyInAnyOrder(ann.name(), bob.name());
        assertThat(lines).filteredOn(l -> !l.mine()).extracting(BoardStanding::runId).containsOnlyNulls();
        assertThat(board.runs().shown()).extracting(BoardRun::runId).containsExactly(annsRun);
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain("BOB'S NOTES");

        UI.getCurrent().navigate("runs/" + bobsRun);
        assertThat(_find(NotFoundView.class)).as("another student's run stays theirs").hasSize(1);
    }

    @Test
    void someoneNotInTheClassFindsNoBoard() {
        logInAs("Outsider " + System.nanoTime());

        UI.getCurrent().navigate(BoardView.of(assignment.id()));

        assertThat(_find(NotFoundView.class)).hasSize(1);
        assertThat(_find(BoardView.class)).isEmpty();
    }
}
