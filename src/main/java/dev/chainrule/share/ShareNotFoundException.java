package dev.chainrule.share;

/** A share link that is malformed, unknown or withdrawn: all get the same answer, so none tells which. */
public class ShareNotFoundException extends RuntimeException {
    public ShareNotFoundException() {
        super("This link does not exist or was withdrawn by its owner.");
    }
}
