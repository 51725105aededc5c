package dev.chainrule.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * One workload's timing: the median over the timed epochs ({@code w1}, the seed's 2-2-1 on one
 * sample: over the timed repeats, per step), the samples per second it implies, and the steady-state heap allocation per batch
 * measured over the timed epochs. The other fields are for the human reading stderr.
 *
 * @param workload       w1 … w4
 * @param perStep        true for {@code w1} (median is µs per step), false otherwise (ms per epoch)
 * @param median         µs per step ({@code w1}) or ms per epoch
 * @param min            fastest timed epoch/repeat, same unit
 * @param max            slowest timed epoch/repeat, same unit
 * @param relativeIqr    (q3 − q1) / median over the timed samples
 * @param timedSamples   how many epochs (repeats for {@code w1}) were timed
 * @param firstEpochMs   the untimed first epoch (JIT warm-up), ms; NaN for {@code w1}
 * @param finalLoss      the last epoch's training loss, a sanity check
 * @param implementation {@code MatrixProducts.implementationName()}
 * @param cpuMedian      the same median measured in the training thread's CPU time instead of
 *                       wall time: on the shared 2-core machine, time spent descheduled while
 *                       other processes run is left out, so it varies much less between runs
 * @param cpuMin         the smallest CPU-time sample
 */
public record BenchResult(String workload, boolean perStep, double median, double samplesPerSecond,
        long bytesPerBatch, double min, double max, double relativeIqr, int timedSamples, double firstEpochMs,
        double finalLoss, String implementation, double cpuMedian, double cpuMin) {

    /**
     * {@code {"workload":"w2","ms_per_epoch_median":0.8,"samples_per_second":1.2e6,"bytes_per_batch":0}};
     * {@code w1} has {@code us_per_step_median} instead of {@code ms_per_epoch_median}; {@code cpu_median} is the
     * thread-CPU-time median in the same unit. Four significant digits.
     */
    public String toJsonLine() {
        return "{\"workload\":\"" + workload + "\",\"" + (perStep ? "us_per_step_median" : "ms_per_epoch_median")
                + "\":" + plain(median) + ",\"samples_per_second\":" + scientific(samplesPerSecond)
                + ",\"bytes_per_batch\":" + bytesPerBatch + ",\"cpu_median\":" + plain(cpuMedian) + "}";
    }

    /** A one-line human summary (spread, warm-up, loss, BLAS). */
    public String details() {
        String unit = perStep ? "µs/step" : "ms/epoch";
        return String.format(Locale.ROOT,
                "%s: median %s %s (min %s, max %s, rel IQR %.2f, %d timed%s; thread CPU median %s, min %s), "
                        + "final loss %.6g, %d B/batch, products: %s",
                workload, plain(median), unit, plain(min), plain(max), relativeIqr, timedSamples,
                Double.isNaN(firstEpochMs) ? "" : ", first epoch " + plain(firstEpochMs) + " ms", plain(cpuMedian),
                plain(cpuMin), finalLoss,
                bytesPerBatch, implementation);
    }

    // 4 significant digits, plain notation: 0.8123, 412.7
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    // 3 significant digits, e-notation: 1.23e6
    static String scientific(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        if (v == 0.0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}
