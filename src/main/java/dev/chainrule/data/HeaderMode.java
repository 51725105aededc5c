package dev.chainrule.data;

/** Whether the first row holds column names: detected by default, or stated by the user. */
public enum HeaderMode {
    /** The first row is a header when none of its cells is a number. */
    DETECT,
    PRESENT,
    /** Columns are named column1, column2, … */
    ABSENT
}
