package dev.chainrule.engine;

/**
 * The one rule for numbers that are not finite (a diverged run's NaN or infinity): stored, written
 * to JSON and charted as absent, never as a number; where a picture needs a number (a heat map
 * cell, a connection's width), as 0.
 */
public final class Finite {
    private Finite() {
    }

    /** The value, or null when it is NaN or infinite. */
    public static Double orNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The value, or null when it is null, NaN or infinite. */
    public static Double orNull(Double value) {
        return value != null && Double.isFinite(value) ? value : null;
    }

    /** The value, or 0 when it is NaN or infinite. */
    public static double orZero(double value) {
        return Double.isFinite(value) ? value : 0.0;
    }
}
