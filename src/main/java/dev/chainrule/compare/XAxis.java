package dev.chainrule.compare;

import dev.chainrule.run.EpochRecord;

/**
 * What a comparison's curves are drawn against. Epochs mislead when runs differ in batch size or data:
 * time and examples seen put a slow run and a fast one, or a big dataset and a small one, on one scale.
 */
public enum XAxis {
    EPOCH("epoch"),
    /** Wall time from the start of training to the end of the epoch. */
    SECONDS("seconds"),
    /** Training rows the network has learnt from so far: every training row once per epoch. */
    EXAMPLES("examples seen");

    private final String label;

    XAxis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Where epoch {@code r} stands on this axis.
     *
     * @param trainingRows the run's training rows per epoch ({@link ComparedRun#trainingRows()}); when it is
     *                     not known (0), examples seen are NaN, a gap, not a guess
     */
    public double of(EpochRecord r, int trainingRows) {
        return switch (this) {
            case EPOCH -> r.epoch();
            case SECONDS -> r.elapsedMs() / 1000.0;
            case EXAMPLES -> trainingRows > 0 ? (double) r.epoch() * trainingRows : Double.NaN;
        };
    }
}
