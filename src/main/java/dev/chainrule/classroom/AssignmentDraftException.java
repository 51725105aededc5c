package dev.chainrule.classroom;

/** A field of an assignment's draft the teacher must change; the message says how, the form shows it beside the field. */
public class AssignmentDraftException extends ClassroomException {
    /** The parts of the form a message belongs beside. */
    public enum Field { RUN, TITLE, INSTRUCTIONS, LOCKS, BUDGET, METRIC }

    private final Field field;

    public AssignmentDraftException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
