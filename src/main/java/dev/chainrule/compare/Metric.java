package dev.chainrule.compare;

import dev.chainrule.run.EpochRecord;

/** What a comparison's chart draws against its x axis: one of the numbers each epoch stores. */
public enum Metric {
    TRAINING_LOSS("training loss"),
    VALIDATION_LOSS("validation loss"),
    TRAINING_ACCURACY("training accuracy"),
    VALIDATION_ACCURACY("validation accuracy"),
    /** One layer's gradient norm: which layer is given with it. */
    GRADIENT_NORM("gradient norm");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /** As a person reads it on an axis: "validation loss". */
    public String label() {
        return label;
    }

    /**
     * The epoch's value; NaN when it has none (no validation rows, a regression's accuracy, a diverged
     * number, a layer beyond those the run has).
     *
     * @param layer 0-based, as in {@link EpochRecord#gradientNorms()}; read only for {@link #GRADIENT_NORM}
     */
    public double of(EpochRecord r, int layer) {
        Double v = switch (this) {
            case TRAINING_LOSS -> r.trainLoss();
            case VALIDATION_LOSS -> r.validationLoss();
            case TRAINING_ACCURACY -> r.trainAccuracy();
            case VALIDATION_ACCURACY -> r.validationAccuracy();
            case GRADIENT_NORM -> layer >= 0 && layer < r.gradientNorms().length ? r.gradientNorms()[layer] : null;
        };
        return v == null ? Double.NaN : v;
    }
}
