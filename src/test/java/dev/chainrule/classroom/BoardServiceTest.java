package dev.chainrule.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The class board on the real database (issue 15, item 3): every run of an assignment with its best value of the
 * metric, the leaderboard of each student's best run (the metric's direction, ties to the earlier run, a student
 * without runs, a run still training), what a student sees, and the teacher's hiding of the leaderboard. The runs
 * train for real; their validation numbers are then set in the database, so each expected rank is exact.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class BoardServiceTest {
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    BoardService boards;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ClassroomService classes;
    @Autowired
    AccountService accounts;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;
    @Autowired
    JdbcTemplate database;

    Visitor teacher;
    Visitor ann;
    Visitor bob;
    Visitor cid;
    Visitor dee;
    long classId;
    Assignment assignment;
    ExperimentSpec start;

    @BeforeEach
    void aClassOfFourAndAnAssignmentOnValidationLoss() {
        String suffix = Long.toString(System.nanoTime());
        teacher = People.person(accounts, "Teacher " + suffix);
        classId = classes.create(teacher, "Class " + suffix).id();
        ann = student("Ann " + suffix);
        bob = student("Bob " + suffix);
        cid = student("Cid " + suffix);
        dee = student("Dee " + suffix);
        long teachersRun = SharedRuns.train(launcher, teacher, "builtin:spirals", "Spirals, tanh");
        assignment = assignments.publish(teacher, classId, new AssignmentDraft(teachersRun, "Spirals, small",
                "", Set.of(), null, AssignmentMetric.VALIDATION_LOSS));
        start = assignments.openInLab(teacher, assignment.id()).experiment();
    }

    private Visitor student(String name) {
        Visitor v = People.person(accounts, name);
        classes.join(v, classes.joinCode(teacher, classId));
        return v;
    }

    /** A run of the person's for the assignment whose every epoch has these validation numbers, started at 9:00 + minute. */
    private long run(Visitor who, double loss, double accuracy, int minute) {
        long id = assignments.startRun(who, assignment.id(), start, 0).id();
        database.update("UPDATE epoch_metric SET validation_loss = ?, validation_accuracy = ? WHERE run_id = ?", loss,
                accuracy, id);
        database.update("UPDATE run SET created_at = ? WHERE id = ?", Timestamp.from(NINE.plusSeconds(60L * minute)), id);
        return id;
    }

    @Test
    void theLeaderboardRanksEachStudentsBestRunLowestLossFirstAndATieGoesToTheEarlierRun() {
        long annsWorse = run(ann, 0.5, 0.7, 1);
        long annsBest = run(ann, 0.2, 0.8, 2);
        long bobsTie = run(bob, 0.2, 0.9, 3);
        long cidsBest = run(cid, 0.1, 0.6, 4);
        long demonstration = run(teacher, 0.01, 0.99, 5);

        Board board = boards.board(teacher, assignment.id());

        assertThat(board.leaderboard()).extracting(BoardStanding::rank, BoardStanding::studentName, BoardStanding::best,
                        BoardStanding::runId)
                .containsExactly(tuple(1, cid.name(), 0.1, cidsBest),
                        tuple(2, ann.name(), 0.2, annsBest),
                        tuple(3, bob.name(), 0.2, bobsTie));
        assertThat(board.runs()).as("every run, newest first, the teacher's demonstration too")
                .extracting(BoardRun::runId).containsExactly(demonstration, cidsBest, bobsTie, annsBest, annsWorse);
        BoardRun shown = board.runs().get(4);
        assertThat(shown.studentName()).isEqualTo(ann.name());
        assertThat(shown.best()).isEqualTo(0.5);
        assertThat(shown.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(shown.epochsDone()).isEqualTo(shown.epochsPlanned()).isEqualTo(start.training().epochs());
        assertThat(shown.parameters()).as("2 inputs, 4 tanh, 1 sigmoid: 8 + 4 + 4 + 1").isEqualTo(17L);
        assertThat(board.runs().get(0).demonstration()).isTrue();
        assertThat(board.withoutRuns()).as("who has not started").containsExactly(dee.name());
    }

    @Test
    void onAccuracyTheHighestRanksFirst() {
        run(ann, 0.5, 0.7, 1);
        long bobs = run(bob, 0.2, 0.9, 2);
        long cids = run(cid, 0.1, 0.6, 3);
        assignments.edit(teacher, assignment.id(), new AssignmentDraft(null, assignment.title(), "", Set.of(), null,
                AssignmentMetric.VALIDATION_ACCURACY));

        Board board = boards.board(teacher, assignment.id());

        assertThat(board.leaderboard()).extracting(BoardStanding::studentName).containsExactly(bob.name(), ann.name(), cid.name());
        assertThat(board.leaderboard()).extracting(BoardStanding::best).containsExactly(0.9, 0.7, 0.6);
        assertThat(board.runs()).filteredOn(r -> r.runId() == bobs).extracting(BoardRun::best).containsExactly(0.9);
        assertThat(board.runs()).filteredOn(r -> r.runId() == cids).extracting(BoardRun::best).containsExactly(0.6);
    }

    @Test
    void aRunStillTrainingShowsItsEpochAndBestSoFarAsTheDatabaseGrows() throws InterruptedException {
        long id = run(ann, 0.9, 0.5, 1);
        // as while it trains on some server: two epochs stored, no validation numbers beyond them yet
        database.update("UPDATE run SET status = 'running', epochs_done = 2 WHERE id = ?", id);
        database.update("UPDATE epoch_metric SET validation_loss = CASE epoch WHEN 1 THEN 0.9 WHEN 2 THEN 0.7 END"
                + " WHERE run_id = ?", id);

        BoardRun running = boards.board(teacher, assignment.id()).runs().get(0);
        assertThat(running.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(running.epochsDone()).isEqualTo(2);
        assertThat(running.best()).isEqualTo(0.7);
        assertThat(boards.board(teacher, assignment.id()).leaderboard()).extracting(BoardStanding::best).containsExactly(0.7);

        database.update("UPDATE epoch_metric SET validation_loss = 0.4 WHERE run_id = ? AND epoch = 3", id);
        database.update("UPDATE run SET epochs_done = 3 WHERE id = ?", id);
        Thread.sleep(SharedBoardRead.FRESH_MS); // boards looking within that time share the read before

        BoardRun later = boards.board(teacher, assignment.id()).runs().get(0);
        assertThat(later.epochsDone()).isEqualTo(3);
        assertThat(later.best()).isEqualTo(0.4);
    }

    @Test
    void aStudentSeesTheirOwnRunsAndOnlyNamesAndNumbersOfTheOthers() {
        long annsRun = run(ann, 0.3, 0.8, 1);
        long bobsRun = run(bob, 0.2, 0.9, 2);
        runs.updateNotes(bob, bobsRun, "Bob's own thoughts");

        Board annsBoard = boards.board(ann, assignment.id());

        assertThat(annsBoard.isTeacher()).isFalse();
        assertThat(annsBoard.runs()).extracting(BoardRun::runId).containsExactly(annsRun);
        assertThat(annsBoard.withoutRuns()).isEmpty();
        assertThat(annsBoard.leaderboard()).extracting(BoardStanding::studentName, BoardStanding::runId, BoardStanding::mine)
                .containsExactly(tuple(bob.name(), null, false),
                        tuple(ann.name(), annsRun, true));
        assertThatThrownBy(() -> runs.readable(ann, bobsRun)).as("another student's run stays theirs")
                .isInstanceOf(RunNotFoundException.class);
        assertThat(runs.readable(teacher, bobsRun).getNotes()).as("the teacher reads it, never its notes").isNull();
        assertThat(runs.readable(bob, bobsRun).getNotes()).isEqualTo("Bob's own thoughts");
    }

    @Test
    void theTeacherReadsOnlyRunsMadeForTheirAssignments() {
        long bobsOwn = SharedRuns.train(launcher, bob, "builtin:spirals", "Bob's private spirals");
        long bobsForIt = run(bob, 0.2, 0.9, 1);
        Visitor otherTeacher = People.person(accounts, "Other teacher " + System.nanoTime());

        assertThatThrownBy(() -> runs.readable(teacher, bobsOwn)).as("outside the board")
                .isInstanceOf(RunNotFoundException.class);
        assertThat(runs.readable(teacher, bobsForIt).getId()).isEqualTo(bobsForIt);
        assertThatThrownBy(() -> runs.readable(otherTeacher, bobsForIt)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> boards.board(otherTeacher, assignment.id())).isInstanceOf(NoSuchAssignmentException.class);
    }

    @Test
    void aStudentWhoIsRemovedTakesTheirRunsOffTheBoardAndOutOfTheTeachersReachUntilTheyJoinAgain() throws Exception {
        long annsRun = run(ann, 0.3, 0.8, 1);
        long bobsRun = run(bob, 0.2, 0.9, 2);

        classes.remove(teacher, classId, bob.accountId());

        Board board = boards.board(teacher, assignment.id());
        assertThat(board.runs()).extracting(BoardRun::runId).containsExactly(annsRun);
        assertThat(board.leaderboard()).extracting(BoardStanding::studentName).containsExactly(ann.name());
        assertThatThrownBy(() -> runs.readable(teacher, bobsRun)).as("no longer the teacher's to read")
                .isInstanceOf(RunNotFoundException.class);
        assertThat(runs.readable(bob, bobsRun).getId()).as("still Bob's own").isEqualTo(bobsRun);

        classes.join(bob, classes.joinCode(teacher, classId));
        Thread.sleep(SharedBoardRead.FRESH_MS); // boards looking within that time share the read before

        assertThat(boards.board(teacher, assignment.id()).runs()).extracting(BoardRun::runId).containsExactly(bobsRun, annsRun);
        assertThat(runs.readable(teacher, bobsRun).getId()).isEqualTo(bobsRun);
    }

    @Test
    void theTeacherHidesTheLeaderboardFromStudentsOnly() {
        run(ann, 0.3, 0.8, 1);
        assertThat(boards.board(ann, assignment.id()).showsLeaderboard()).isTrue();

        boards.setLeaderboardVisible(teacher, assignment.id(), false);

        Board annsBoard = boards.board(ann, assignment.id());
        assertThat(annsBoard.showsLeaderboard()).isFalse();
        assertThat(annsBoard.leaderboard()).isEmpty();
        assertThat(annsBoard.runs()).hasSize(1);
        assertThat(boards.board(teacher, assignment.id()).leaderboard()).hasSize(1);
        assertThatThrownBy(() -> boards.setLeaderboardVisible(ann, assignment.id(), true))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("Only the teacher");

        boards.setLeaderboardVisible(teacher, assignment.id(), true);
        assertThat(boards.board(ann, assignment.id()).leaderboard()).hasSize(1);
    }
}
