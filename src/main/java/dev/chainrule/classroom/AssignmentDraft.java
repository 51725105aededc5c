package dev.chainrule.classroom;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a teacher fills in to publish or edit an assignment, as typed: {@link AssignmentService} checks
 * every part and says what to change.
 *
 * @param runId           the teacher's run whose experiment students start from; null when editing keeps the one published
 * @param title           "Spirals in 50 parameters"
 * @param instructions    a short text for the students; may be empty
 * @param locks           the parts students may not change
 * @param parameterBudget the most weights and biases a student's network may have; null for none
 * @param metric          what counts; null is refused with a message
 */
public record AssignmentDraft(Long runId, String title, String instructions, Set<AssignmentLock> locks,
        Long parameterBudget, AssignmentMetric metric) {
    public AssignmentDraft {
        locks = locks == null || locks.isEmpty() ? EnumSet.noneOf(AssignmentLock.class) : EnumSet.copyOf(locks);
    }
}
