package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trainer behaviour: learning, metrics, determinism, divergence and stopping. */
class TrainerTest {

    private static final TrainingData XOR = new TrainingData(
            new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});

    private static NetworkSpec xorSpec() {
        return new NetworkSpec(2, List.of(new DenseSpec(8, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)));
    }

    @Test
    void overfitsXorWithSgdMomentum() {
        Network network = Network.create(xorSpec(), Init.XAVIER, 42);
        TrainingConfig config = new TrainingConfig(LossKind.MSE, new SgdSpec(0.5, 0.9), 0, 2000, false, 1);
        List<EpochMetrics> epochs = new ArrayList<>();

        TrainingResult result = new Trainer().fit(network, XOR, config, (m, n) -> epochs.add(m), new RunControl());

        assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(epochs.get(epochs.size() - 1).trainLoss()).isLessThan(0.01);
        assertThat(network.predict(new double[] {0, 1})[0]).isGreaterThan(0.8);
        assertThat(network.predict(new double[] {1, 1})[0]).isLessThan(0.2);
    }

    @Test
    void overfitsXorWithAdamAndBinaryCrossEntropy() {
        Network network = Network.create(xorSpec(), Init.XAVIER, 42);
        TrainingConfig config = new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.05), 2, 500, true, 3);
        List<EpochMetrics> epochs = new ArrayList<>();

        new Trainer().fit(network, XOR, config, (m, n) -> epochs.add(m), new RunControl());

        assertThat(epochs.get(epochs.size() - 1).trainLoss()).isLessThan(0.05);
    }

    @Test
    void sameSeedGivesBitIdenticalRuns() {
        // shuffling, a ragged last batch (4 = 3 + 1) and dropout all draw from the seed
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(6, Activation.RELU), new DropoutSpec(0.3),
                new DenseSpec(1, Activation.SIGMOID)));
        TrainingConfig config = new TrainingConfig(LossKind.MSE, new SgdSpec(0.3, 0.5), 3, 50, true, 11);

        List<EpochMetrics> first = new ArrayList<>();
        Network a = Network.create(spec, Init.HE, 5);
        new Trainer().fit(a, XOR, config, (m, n) -> first.add(m), new RunControl());
        List<EpochMetrics> second = new ArrayList<>();
        Network b = Network.create(spec, Init.HE, 5);
        new Trainer().fit(b, XOR, config, (m, n) -> second.add(m), new RunControl());
        Network c = Network.create(spec, Init.HE, 5);
        new Trainer().fit(c, XOR, new TrainingConfig(LossKind.MSE, new SgdSpec(0.3, 0.5), 3, 50, true, 12),
                TrainingListener.NONE, new RunControl());

        assertThat(b.weights()).isEqualTo(a.weights());
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).trainLoss()).isEqualTo(first.get(i).trainLoss());
            assertThat(second.get(i).gradientNorms()).isEqualTo(first.get(i).gradientNorms());
        }
        assertThat(c.weights()).as("another seed").isNotEqualTo(a.weights());
    }

    @Test
    void trainLossIsTheMeanOverExamplesWithARaggedLastBatch() {
        // given batches of 3 over 4 examples and a learning rate too small to move any weight
        Network network = Network.create(xorSpec(), Init.XAVIER, 4);
        List<DenseWeights> before = network.weights();
        double expected = 0.0;
        for (int i = 0; i < XOR.rows(); i++) {
            double d = network.predict(XOR.x()[i])[0] - XOR.y()[i][0];
            expected += d * d / XOR.rows();
        }
        TrainingConfig config = new TrainingConfig(LossKind.MSE, SgdSpec.plain(Double.MIN_VALUE), 3, 1, false, 0);
        List<EpochMetrics> epochs = new ArrayList<>();

        new Trainer().fit(network, XOR, config, (m, n) -> epochs.add(m), new RunControl());

        // then the loss is the per-example mean (a plain mean of the two batch means would differ)
        assertThat(network.weights()).isEqualTo(before);
        assertThat(epochs.get(0).trainLoss()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(epochs.get(0).gradientNorms()).hasSize(2);
        assertThat(epochs.get(0).gradientNorms()[0]).isPositive();
        assertThat(epochs.get(0).gradientNorms()[1]).isPositive();
    }

    @Test
    void hugeLearningRateIsReportedAsDivergence() {
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(4, Activation.LINEAR),
                new DenseSpec(1, Activation.LINEAR)));
        Network network = Network.create(spec, Init.XAVIER, 1);
        TrainingConfig config = new TrainingConfig(LossKind.MSE, SgdSpec.plain(1e6), 1, 1000, false, 0);
        List<EpochMetrics> epochs = new ArrayList<>();

        TrainingResult result = new Trainer().fit(network, XOR, config, (m, n) -> epochs.add(m), new RunControl());

        assertThat(result.outcome()).isEqualTo(RunOutcome.DIVERGED);
        assertThat(result.epochsRun()).isLessThan(1000).isEqualTo(epochs.size());
        assertThat(result.message()).matches(
                "(loss became (NaN|infinite)|weights became NaN or infinite) at epoch \\d+: "
                        + "lower the learning rate or enable gradient clipping");
        assertThat(network.weights()).hasSize(2);
    }

    @Test
    void stopRequestEndsTheRunAndKeepsWhatWasLearned() {
        Network network = Network.create(xorSpec(), Init.XAVIER, 42);
        List<DenseWeights> initial = network.weights();
        RunControl control = new RunControl();
        TrainingConfig config = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.5), 1, 1000, false, 0);

        TrainingResult result = new Trainer().fit(network, XOR, config, (m, n) -> {
            if (m.epoch() == 3) {
                control.requestStop();
            }
        }, control);

        assertThat(result.outcome()).isEqualTo(RunOutcome.STOPPED);
        assertThat(result.epochsRun()).isEqualTo(3);
        assertThat(network.weights()).isNotEqualTo(initial);
    }

    @Test
    void stopRequestedBeforeTheRunChangesNothing() {
        Network network = Network.create(xorSpec(), Init.XAVIER, 42);
        List<DenseWeights> initial = network.weights();
        RunControl control = new RunControl();
        control.requestStop();

        TrainingResult result = new Trainer().fit(network, XOR,
                new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.5), 1, 10, false, 0), TrainingListener.NONE, control);

        assertThat(result).isEqualTo(new TrainingResult(RunOutcome.STOPPED, 0, "stopped on request after 0 epochs"));
        assertThat(network.weights()).isEqualTo(initial);
    }
}
