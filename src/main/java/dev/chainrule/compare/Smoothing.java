package dev.chainrule.compare;

/**
 * TensorBoard's smoothing of a noisy curve: an exponential moving average, divided by 1 − weight^n (n the
 * values averaged so far) so that its start is not pulled towards 0: the first smoothed value is the first
 * value, and a constant curve stays that constant. A gap (NaN or an infinite number) stays a gap and leaves
 * the average as it was, so a curve with holes smooths like the same curve without them.
 */
public final class Smoothing {
    private Smoothing() {
    }

    /**
     * @param weight in [0, 1): how much of the average carries over to the next point; 0 draws the values as they are
     * @throws IllegalArgumentException for a weight outside [0, 1)
     */
    public static double[] debiasedEma(double[] values, double weight) {
        Ema ema = new Ema(weight);
        double[] smoothed = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            smoothed[i] = ema.next(values[i]);
        }
        return smoothed;
    }

    /** The same average one value at a time, for points that arrive while a run trains. */
    public static final class Ema {
        private final double weight;
        private double average;
        private double weightPower = 1; // weight^n

        /** @throws IllegalArgumentException for a weight outside [0, 1) */
        public Ema(double weight) {
            if (!(weight >= 0 && weight < 1)) {
                throw new IllegalArgumentException("The smoothing weight must be at least 0 and below 1 (0 = none, "
                        + "0.99 = very smooth); it was " + weight + ".");
            }
            this.weight = weight;
        }

        /** The smoothed value after {@code value}; a gap in, a gap (NaN) out. */
        public double next(double value) {
            if (!Double.isFinite(value)) {
                return Double.NaN;
            }
            average = average * weight + (1 - weight) * value;
            weightPower *= weight;
            return average / (1 - weightPower);
        }
    }
}
