package dev.chainrule.compare;

/** The list of runs to compare cannot be read: the message says what is wrong and what to do. */
public class ComparisonRequestException extends IllegalArgumentException {
    public ComparisonRequestException(String message) {
        super(message);
    }
}
