package dev.chainrule.run;

import dev.chainrule.account.Visitor;

/**
 * Lets a person read a run that is not theirs, read-only: a room above this one (the classroom: the teacher of the
 * class whose assignment the run was trained for) says so as a Spring bean. The run room knows no reasons, only
 * the answer; {@link RunService#readable} asks every grant after the owner. Writes (rename, notes, delete, stop)
 * stay the owner's, and a granted reader never gets the run's notes: they are the owner's own thoughts.
 */
@FunctionalInterface
public interface RunGrant {
    /**
     * Whether {@code reader} may read {@code run}, which is not theirs. Asked for a signed-in person only.
     *
     * @param run the stored run (its owner, its id), already loaded
     */
    boolean mayRead(Visitor reader, Run run);
}
