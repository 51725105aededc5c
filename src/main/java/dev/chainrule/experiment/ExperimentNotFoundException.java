package dev.chainrule.experiment;

/** No experiment has the requested id (a mistyped or stale link). */
public class ExperimentNotFoundException extends RuntimeException {
    public ExperimentNotFoundException(long id) {
        super("There is no experiment with id " + id + ". It may have been deleted.");
    }
}
