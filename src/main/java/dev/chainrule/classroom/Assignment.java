package dev.chainrule.classroom;

import dev.chainrule.experiment.ExperimentSpec;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An assignment as someone in its class sees it. The experiment names the teacher's dataset; a student opens
 * it in the Lab through {@link AssignmentService#openInLab}, which gives them their own copy of an upload.
 *
 * @param datasetName     the dataset's name as the library shows it ("Two spirals")
 * @param parameterBudget the most weights and biases a network may have; null for no budget
 * @param role            whether the person asking teaches the class or studies in it
 */
public record Assignment(long id, long classId, String className, String title, String instructions,
        ExperimentSpec experiment, String datasetName, Set<AssignmentLock> locks, Long parameterBudget,
        AssignmentMetric metric, boolean leaderboardVisible, Instant createdAt, ClassRole role) {
    public Assignment {
        locks = locks.isEmpty() ? EnumSet.noneOf(AssignmentLock.class) : EnumSet.copyOf(locks);
    }

    public boolean isLocked(AssignmentLock part) {
        return locks.contains(part);
    }

    public boolean isTeacher() {
        return role == ClassRole.TEACHER;
    }
}
