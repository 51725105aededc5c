package dev.chainrule.account;

/** Sign-up or a password change refused; the message says what to change, {@link #field()} where. */
public class AccountException extends RuntimeException {
    /** Which field of the form the message belongs under. */
    public enum Field { NAME, PASSWORD, CURRENT_PASSWORD }

    private final Field field;

    public AccountException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
