package dev.chainrule.engine.spec;

/**
 * Stop when the validation loss has not improved for {@code patience} epochs in a row; an
 * epoch improves when its validation loss is below the best so far minus {@code minDelta}
 * (Keras' and Lightning's rule). The weights of the last epoch are kept, not the best ones,
 * so the chart and the weights tell the same story.
 */
public record EarlyStoppingSpec(int patience, double minDelta) {

    public static final int MAX_PATIENCE = TrainingConfig.MAX_EPOCHS;

    public EarlyStoppingSpec {
        if (patience < 1 || patience > MAX_PATIENCE) {
            throw new IllegalArgumentException(
                    "early stopping patience must be between 1 and " + MAX_PATIENCE + ", was " + patience);
        }
        if (!(minDelta >= 0.0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("early stopping minDelta must be 0 or positive, was " + minDelta);
        }
    }
}
