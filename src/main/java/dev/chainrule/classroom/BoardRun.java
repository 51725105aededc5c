package dev.chainrule.classroom;

import dev.chainrule.run.RunStatus;
import java.time.Instant;

/**
 * One run of an assignment as the class board shows it, read from the database (so a run training on another
 * server shows too): who trained it, its status, how far it got, its best value of the assignment's metric so far,
 * its network's size. Never its notes.
 *
 * @param studentName    the display name of who trained it, as they typed it: shown as text
 * @param title          its title, as its owner typed it: shown as text
 * @param epochsPlanned  the epochs its experiment asked for
 * @param best           the best validation value of the assignment's metric over its stored epochs (lowest loss,
 *                       highest accuracy); null before its first epoch with validation numbers
 * @param parameters     its network's weights and biases; null when they can no longer be known (its data is gone
 *                       before it stored weights)
 * @param demonstration  true for a run the teacher made: shown on the teacher's board, never ranked
 */
public record BoardRun(long runId, long accountId, String studentName, String title, RunStatus status, int epochsDone,
        int epochsPlanned, Double best, Long parameters, Instant startedAt, boolean demonstration) {
}
