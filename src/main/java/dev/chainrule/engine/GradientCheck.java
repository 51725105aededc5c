package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.layer.Parameter;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks backpropagation against the loss itself: for every weight and bias w, the analytic
 * gradient beside the central difference {@code (L(w + h) − L(w − h)) / 2h} with h = {@value #STEP}.
 * A weight passes when {@code |a − n| / max(|a|, |n|)} is at most {@value #RELATIVE_TOLERANCE}, or
 * when the two differ by at most {@value #ABSOLUTE_TOLERANCE} × max(1, |L|): below that, rounding in
 * L(w ± h) (about 1e-16 × |L| / h) swamps the difference of two tiny gradients, and their relative
 * error says nothing.
 */
public final class GradientCheck {

    public static final double STEP = 1e-5;
    public static final double RELATIVE_TOLERANCE = 1e-6;
    public static final double ABSOLUTE_TOLERANCE = 1e-9;
    /** Each weight costs two forward passes: above this many weights and biases the check refuses. */
    public static final int MAX_WEIGHTS = 5_000;
    // multiply-adds one check may take (2 passes × weights × examples × weights): under a second even
    // before the JIT has compiled the passes, since a page waits for it; a larger network checks fewer
    // of its batch's examples
    private static final long WORK = 100_000_000L;

    private GradientCheck() {
    }

    /**
     * Checks the first batch a run of {@code config} would train on: the same examples in the same
     * order (shuffled as the run shuffles them), the same dropout masks, the same loss and L1, at the
     * network's current weights. Weight decay and clipping act after backpropagation and are not part
     * of what is checked.
     *
     * @throws IllegalArgumentException when the data or the loss do not fit the network (the engine's
     *                                  message), or the network has more than {@link #MAX_WEIGHTS}
     */
    public static GradientCheckReport firstBatch(Network network, TrainingData train, TrainingConfig config) {
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(train, "training data must not be null");
        Objects.requireNonNull(config, "training config must not be null");
        // the training data stands in for validation data too: only its shape is looked at
        TrainingParts.requireCompatible(network.spec(), train, train, config);
        int weights = network.parameters().stream().mapToInt(p -> p.value().getNumElements()).sum();
        if (weights > MAX_WEIGHTS) {
            throw new IllegalArgumentException(String.format("The gradient check changes each weight and bias in turn: "
                    + "this network has %,d of them, the check takes at most %,d. Make the hidden layers narrower "
                    + "or fewer to check it.", weights, MAX_WEIGHTS));
        }
        // the run's streams: the first split orders the examples, the second draws the dropout masks
        SplittableRandom root = new SplittableRandom(config.seed());
        Batches batches = new Batches(train, config.batchSize());
        SplittableRandom shuffle = root.split();
        if (config.shuffle()) {
            batches.shuffle(shuffle);
        }
        int batchRows = batches.load(0);
        int rows = (int) Math.max(1, Math.min(batchRows, WORK / (2L * weights * weights)));
        DMatrixRMaj x = firstRows(batches.x(), rows);
        DMatrixRMaj y = firstRows(batches.y(), rows);
        NetworkOnBatch loss = new NetworkOnBatch(network, TrainingParts.loss(config.loss()), x, y, config.seed(),
                config.l1());
        return run(loss, batchRows);
    }

    /** Checks every weight and bias of {@code loss}'s layers, restoring each value afterwards. */
    public static GradientCheckReport run(CheckedLoss loss) {
        return run(loss, loss.examples());
    }

    private static GradientCheckReport run(CheckedLoss loss, int batchExamples) {
        loss.backpropagate();
        double base = loss.loss(new BitSet());
        double absoluteTolerance = ABSOLUTE_TOLERANCE * Math.max(1.0, Math.abs(base));
        List<WeightCheck> checks = new ArrayList<>();
        BitSet above = new BitSet();
        BitSet below = new BitSet();
        List<Dense> layers = loss.denseLayers();
        for (int k = 0; k < layers.size(); k++) {
            for (Parameter p : layers.get(k).parameters()) {
                // a copy: the passes below must not be trusted to leave the gradient alone
                double[] analytic = p.gradient().data.clone();
                double[] w = p.value().data;
                int columns = p.value().numCols;
                for (int i = 0; i < p.value().getNumElements(); i++) {
                    double saved = w[i];
                    w[i] = saved + STEP;
                    above.clear();
                    double plus = loss.loss(above);
                    w[i] = saved - STEP;
                    below.clear();
                    double minus = loss.loss(below);
                    w[i] = saved;
                    double numeric = (plus - minus) / (2 * STEP);
                    checks.add(compare(k + 1, !p.isWeight(), i / columns, i % columns, analytic[i], numeric,
                            absoluteTolerance, !above.equals(below)));
                }
            }
        }
        return new GradientCheckReport(checks, base, loss.examples(), batchExamples);
    }

    private static WeightCheck compare(int layer, boolean bias, int row, int column, double analytic, double numeric,
            double absoluteTolerance, boolean crossedKink) {
        double difference = Math.abs(analytic - numeric);
        double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
        double relative = scale == 0.0 ? 0.0 : difference / scale; // NaN when either is
        WeightCheck.Verdict verdict = relative <= RELATIVE_TOLERANCE || difference <= absoluteTolerance
                ? WeightCheck.Verdict.PASS
                : crossedKink ? WeightCheck.Verdict.KINK : WeightCheck.Verdict.FAIL;
        return new WeightCheck(layer, bias, row, column, analytic, numeric, relative, verdict);
    }

    private static DMatrixRMaj firstRows(DMatrixRMaj m, int rows) {
        DMatrixRMaj first = new DMatrixRMaj(rows, m.numCols);
        System.arraycopy(m.data, 0, first.data, 0, rows * m.numCols);
        return first;
    }
}
