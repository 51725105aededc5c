package dev.chainrule.classroom;

import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.BoardTables.StoredRun;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class board of an assignment: every run made for it, live from the database, and the leaderboard of each
 * student's best run by the assignment's metric. The teacher sees every run (never their notes: the board reads
 * none, and the run page shows a granted reader none) and the students who have not started; a student sees their
 * own runs and, while the teacher shows it, the leaderboard's names and numbers only. Someone not in the class gets
 * {@link NoSuchAssignmentException not found}; a student asking for the teacher's parts a {@link ClassroomException}.
 */
@Service
public class BoardService {
    private final AssignmentService assignments;
    private final BoardTables tables;
    private final SharedBoardRead shared;
    private final BoardRunFacts facts;

    BoardService(AssignmentService assignments, BoardTables tables, SharedBoardRead shared, BoardRunFacts facts) {
        this.assignments = assignments;
        this.tables = tables;
        this.shared = shared;
        this.facts = facts;
    }

    /** The board as this person may see it: read now, or shared with the boards that looked a moment ago ({@link SharedBoardRead}). */
    public Board board(Visitor visitor, long assignmentId) {
        Assignment assignment = assignments.open(visitor, assignmentId);
        boolean teacher = assignment.isTeacher();
        List<StoredRun> all = shared.runs(assignmentId, assignment.metric());
        List<BoardRun> runs = all.stream().filter(s -> teacher || s.accountId() == visitor.accountId())
                .flatMap(s -> facts.of(s.runId()).map(s::with).stream()).toList();
        List<BoardStanding> leaderboard = teacher || assignment.leaderboardVisible()
                ? BoardStanding.rank(all, assignment.metric(), visitor.accountId(), teacher) : List.of();
        return new Board(assignment, runs, leaderboard, teacher ? tables.studentsWithoutRuns(assignmentId) : List.of());
    }

    /**
     * Shows or hides the leaderboard from the students; the teacher always sees it.
     *
     * @throws ClassroomException for a student
     */
    @Transactional
    public void setLeaderboardVisible(Visitor teacher, long assignmentId, boolean visible) {
        Assignment assignment = assignments.open(teacher, assignmentId);
        if (!assignment.isTeacher()) {
            throw new ClassroomException("Only the teacher of \u201c" + assignment.className() + "\u201d can show or hide"
                    + " the leaderboard.");
        }
        tables.setLeaderboardVisible(assignmentId, visible);
    }
}
