package dev.chainrule.classroom;

/** A class action refused for a reason the person can act on; the message says what to do. */
public class ClassroomException extends RuntimeException {
    public ClassroomException(String message) {
        super(message);
    }
}
