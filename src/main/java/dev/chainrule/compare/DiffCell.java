package dev.chainrule.compare;

/** One run's value of a setting, as text ("—" where it has none), and how it stands against the reference. */
public record DiffCell(String text, Change change) {
    /** The text of a setting a run does not have. */
    public static final String NONE = "—";
}
