package dev.chainrule.classroom;

import java.time.Instant;

/**
 * A line of the roster, for the teacher only.
 *
 * @param accountMadeHere the account was made by joining this class; only such a student's password
 *                        can the teacher reset (an account the person brought along is theirs alone)
 */
public record Student(long accountId, String name, Instant joinedAt, boolean accountMadeHere) {
}
