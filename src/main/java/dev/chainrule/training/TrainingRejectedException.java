package dev.chainrule.training;

/** A run could not be started (server busy, limits); the message tells the user what to do. */
public class TrainingRejectedException extends RuntimeException {
    public TrainingRejectedException(String message) {
        super(message);
    }
}
