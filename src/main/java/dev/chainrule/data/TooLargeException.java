package dev.chainrule.data;

/**
 * The file is over the upload limit in bytes: a refusal of its own kind, so a page can say what to
 * do about the size (a smaller sample) without reading the message.
 */
public class TooLargeException extends DataFormatException {

    public TooLargeException(String message) {
        super(message);
    }
}
