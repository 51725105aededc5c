package dev.chainrule.data;

/**
 * A dataset the user gave us cannot be used. The message is one line meant for the user: what
 * is wrong, where (line, column), and what to do about it. Nothing is stored when it is thrown:
 * the importer and the preparation are pure functions of their inputs.
 */
public class DataFormatException extends RuntimeException {

    public DataFormatException(String message) {
        super(message);
    }
}
