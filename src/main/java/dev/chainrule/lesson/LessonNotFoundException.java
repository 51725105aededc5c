package dev.chainrule.lesson;

/** No lesson has this id, or it is someone else's: the two are answered alike. */
public class LessonNotFoundException extends RuntimeException {
    public LessonNotFoundException() {
        super("There is no such lesson. It may have been deleted, or it is someone else's.");
    }
}
