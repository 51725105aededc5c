package dev.chainrule.engine;

import java.util.List;

/**
 * The outcome of a {@link GradientCheck}: every weight and bias, in the order of the layers.
 *
 * @param loss          the loss at the weights checked (the mean over {@code examples})
 * @param examples      how many examples the loss is taken over
 * @param batchExamples how many the batch has; more than {@code examples} when a large network's
 *                      check was cut to the batch's first examples to stay quick
 */
public record GradientCheckReport(List<WeightCheck> weights, double loss, int examples, int batchExamples) {

    public GradientCheckReport {
        weights = List.copyOf(weights);
    }

    /** True when no weight fails (a weight at a kink is not a failure). */
    public boolean passed() {
        return count(WeightCheck.Verdict.FAIL) == 0;
    }

    public int count(WeightCheck.Verdict verdict) {
        return (int) weights.stream().filter(w -> w.verdict() == verdict).count();
    }

    /** The largest relative error of the weights that are not at a kink (NaN when one is not a number). */
    public double largestRelativeError() {
        double largest = 0.0;
        for (WeightCheck w : weights) {
            if (w.verdict() != WeightCheck.Verdict.KINK) {
                largest = Math.max(largest, w.relativeError()); // NaN stays NaN
            }
        }
        return largest;
    }
}
