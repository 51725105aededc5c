package dev.chainrule.run;

/** No run has the requested id (a mistyped or stale link). */
public class RunNotFoundException extends RuntimeException {
    public RunNotFoundException(long id) {
        super("There is no run with id " + id + ". It may have been deleted.");
    }
}
