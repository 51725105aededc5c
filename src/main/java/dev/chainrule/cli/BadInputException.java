package dev.chainrule.cli;

/** A file or option the user gave that cannot be used; its message is the one line printed. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
