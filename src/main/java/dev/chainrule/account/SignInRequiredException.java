package dev.chainrule.account;

/** An anonymous visitor asked for something only a signed-in person may do; the page asks them to log in. */
public class SignInRequiredException extends RuntimeException {
    public SignInRequiredException() {
        super("Log in or sign up to do this.");
    }
}
