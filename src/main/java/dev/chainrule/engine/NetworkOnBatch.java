package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.layer.Parameter;
import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.optim.L1Penalty;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * A network's training loss on one batch, for the {@link GradientCheck}: the forward, loss, backward
 * and L1 of a training step ({@code TrainingRun.batch}), with every pass given the dropout masks the
 * run's first batch gets.
 */
final class NetworkOnBatch implements CheckedLoss {

    private final Network network;
    private final Loss loss;
    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final long seed;
    private final double l1;
    // per dense layer: whether its activation has a kink (ReLU and leaky ReLU at 0)
    private final boolean[] kinked;

    NetworkOnBatch(Network network, Loss loss, DMatrixRMaj x, DMatrixRMaj y, long seed, double l1) {
        this.network = network;
        this.loss = loss;
        this.x = x;
        this.y = y;
        this.seed = seed;
        this.l1 = l1;
        List<DenseSpec> specs = network.spec().denseLayers();
        this.kinked = new boolean[specs.size()];
        for (int k = 0; k < kinked.length; k++) {
            Activation a = specs.get(k).activation();
            kinked[k] = a == Activation.RELU || a == Activation.LEAKY_RELU;
        }
    }

    @Override
    public List<Dense> denseLayers() {
        return network.denseLayers();
    }

    @Override
    public int examples() {
        return x.numRows;
    }

    @Override
    public double loss(BitSet branches) {
        useFirstBatchMasks();
        DMatrixRMaj prediction = network.forward(x, true);
        double value = loss.computeLossAndGradient(network.logits(), prediction, y);
        int bit = 0;
        List<Dense> layers = network.denseLayers();
        for (int k = 0; k < layers.size(); k++) {
            if (kinked[k]) {
                bit = markPositive(layers.get(k).preActivation(), branches, bit);
            }
        }
        if (l1 > 0.0) {
            for (Parameter p : network.parameters()) {
                if (p.isWeight()) {
                    value += l1 * absoluteSum(p.value());
                    bit = markPositive(p.value(), branches, bit);
                }
            }
        }
        return value;
    }

    @Override
    public void backpropagate() {
        useFirstBatchMasks();
        network.zeroGradients();
        DMatrixRMaj prediction = network.forward(x, true);
        loss.computeLossAndGradient(network.logits(), prediction, y);
        network.backward(loss.gradient(), loss.gradientOf());
        L1Penalty.addGradient(network.parameters(), l1);
    }

    // as TrainingRun seeds them: the root's first split orders the examples, its second draws the masks
    private void useFirstBatchMasks() {
        SplittableRandom root = new SplittableRandom(seed);
        root.split();
        network.useTrainingRandom(root.split());
    }

    private static int markPositive(DMatrixRMaj values, BitSet branches, int from) {
        for (int i = 0; i < values.getNumElements(); i++) {
            branches.set(from + i, values.data[i] > 0.0);
        }
        return from + values.getNumElements();
    }

    private static double absoluteSum(DMatrixRMaj m) {
        double sum = 0.0;
        for (int i = 0; i < m.getNumElements(); i++) {
            sum += Math.abs(m.data[i]);
        }
        return sum;
    }
}
