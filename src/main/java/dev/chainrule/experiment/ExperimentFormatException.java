package dev.chainrule.experiment;

/** An experiment JSON that cannot be read; the message names the field and what to fix. */
public class ExperimentFormatException extends RuntimeException {
    public ExperimentFormatException(String message) {
        super(message);
    }
}
