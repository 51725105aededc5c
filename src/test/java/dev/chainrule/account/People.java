package dev.chainrule.account;

/** Test people: an account of this name (made the first time it is asked for), as a visitor. */
public final class People {
    /** A password the rules accept, the same for every test person. */
    public static final String PASSWORD = "a long test password 42";

    private People() {
    }

    public static Visitor person(AccountService accounts, String name) {
        return accounts.findByName(name).orElseGet(() -> accounts.signUp(name, PASSWORD)).visitor();
    }

    public static Visitor anonymous() {
        return Visitor.anonymous("test-browser");
    }
}
