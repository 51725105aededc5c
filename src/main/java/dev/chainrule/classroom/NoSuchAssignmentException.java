package dev.chainrule.classroom;

/** No assignment has this number, or the person asking is not in its class: the two are answered alike. */
public class NoSuchAssignmentException extends RuntimeException {
    public NoSuchAssignmentException() {
        super("There is no such assignment, or you are not in its class. Open it from your class's page.");
    }
}
