package dev.chainrule.run;

import java.util.Locale;

/** Life cycle of an run. Stored as its lower-case name. */
public enum RunStatus {
    QUEUED, RUNNING, PAUSED, COMPLETED,
    /** Early stopping ended the run: the validation loss stopped improving. */
    STOPPED_EARLY,
    STOPPED, DIVERGED, FAILED,
    /** The server stopped while the run was training; its history up to then is kept. */
    INTERRUPTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** True while a run may still produce epochs. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING || this == PAUSED;
    }

    /** What a person reads in lists: "Running", "Interrupted". */
    public String label() {
        String id = id().replace('_', ' ');
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
