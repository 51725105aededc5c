package dev.chainrule.classroom;

import java.util.List;

/**
 * An assignment's class board as one person sees it: the teacher every run (students' and their own
 * demonstrations) and the students without a run yet; a student only their own runs. The leaderboard is the
 * teacher's always, a student's while the teacher shows it.
 *
 * @param runs        newest first
 * @param leaderboard empty for a student while it is hidden
 * @param withoutRuns the display names of students who have not trained for it yet; empty for a student
 */
public record Board(Assignment assignment, List<BoardRun> runs, List<BoardStanding> leaderboard,
        List<String> withoutRuns) {

    public boolean isTeacher() {
        return assignment.isTeacher();
    }

    /** Whether the person looking sees the leaderboard: the teacher always, a student when it is shown. */
    public boolean showsLeaderboard() {
        return isTeacher() || assignment.leaderboardVisible();
    }
}
