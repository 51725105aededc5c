package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.EarlyStoppingSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation loss and accuracy after each epoch, training accuracy, and early stopping. */
class ValidationMetricsTest {

    private static final TrainingData XOR = new TrainingData(
            new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
    // the same inputs with every label flipped: the better the fit to XOR, the worse this gets
    private static final TrainingData ANTI_XOR = new TrainingData(
            new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{1}, {0}, {0}, {1}});

    private static NetworkSpec xorSpec(double dropout) {
        return new NetworkSpec(2, List.of(new DenseSpec(8, Activation.TANH), new DropoutSpec(dropout),
                new DenseSpec(1, Activation.SIGMOID)));
    }

    private static TrainingConfig bce(int epochs, EarlyStoppingSpec earlyStopping) {
        return new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.05), 0, epochs, false, 3,
                ClippingSpec.NONE, 0.0, earlyStopping);
    }

    @Test
    void validationMetricsAreTakenAfterTheEpochWithoutDropout() {
        // given a network with heavy dropout, so training-mode and evaluation-mode outputs differ
        Network network = Network.create(xorSpec(0.5), Init.XAVIER, 42);
        List<EpochMetrics> epochs = new ArrayList<>();
        List<Double> recomputed = new ArrayList<>();

        // when the listener recomputes the validation loss by hand with predict (evaluation mode)
        new Trainer().fit(network, XOR, ANTI_XOR, bce(5, null), (m, n) -> {
            epochs.add(m);
            double sum = 0;
            for (int i = 0; i < 4; i++) {
                double p = n.predict(ANTI_XOR.x()[i])[0];
                double y = ANTI_XOR.y()[i][0];
                sum += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
            }
            recomputed.add(sum / 4);
        }, new RunControl());

        // then the reported value is that evaluation-mode loss, at every epoch
        for (int e = 0; e < 5; e++) {
            assertThat(epochs.get(e).validationLoss()).isCloseTo(recomputed.get(e), within(1e-12));
            assertThat(epochs.get(e).validationAccuracy()).isBetween(0.0, 1.0);
            assertThat(epochs.get(e).trainAccuracy()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void binaryAccuracyReachesOneOnXorAndItsMirrorReachesZero() {
        Network network = Network.create(xorSpec(0.0), Init.XAVIER, 42);
        List<EpochMetrics> epochs = new ArrayList<>();

        TrainingResult result = new Trainer().fit(network, XOR, ANTI_XOR, bce(300, null), (m, n) -> epochs.add(m),
                new RunControl());

        EpochMetrics last = epochs.get(epochs.size() - 1);
        assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(last.trainAccuracy()).isEqualTo(1.0);
        assertThat(last.validationAccuracy()).isEqualTo(0.0);
    }

    @Test
    void multiclassAccuracyUsesTheArgmaxAndRegressionHasNone() {
        // three separable classes on a line
        TrainingData three = new TrainingData(new double[][] {{-2}, {-1.5}, {0}, {0.2}, {2}, {1.7}},
                new double[][] {{1, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}});
        NetworkSpec spec = new NetworkSpec(1, List.of(new DenseSpec(8, Activation.TANH),
                new DenseSpec(3, Activation.SOFTMAX)));
        List<EpochMetrics> epochs = new ArrayList<>();
        new Trainer().fit(Network.create(spec, Init.XAVIER, 1), three, three,
                new TrainingConfig(LossKind.CROSS_ENTROPY, AdamSpec.withDefaults(0.05), 0, 300, false, 1),
                (m, n) -> epochs.add(m), new RunControl());
        List<EpochMetrics> regression = new ArrayList<>();
        new Trainer().fit(Network.create(xorSpec(0.0), Init.XAVIER, 1), XOR,
                new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 0, 2, false, 1),
                (m, n) -> regression.add(m), new RunControl());

        assertThat(epochs.get(epochs.size() - 1).trainAccuracy()).isEqualTo(1.0);
        assertThat(epochs.get(epochs.size() - 1).validationAccuracy()).isEqualTo(1.0);
        assertThat(regression.get(1).trainAccuracy()).isNull();
        assertThat(regression.get(1).validationLoss()).isNull();
        assertThat(regression.get(1).validationAccuracy()).isNull();
    }

    @Test
    void earlyStoppingEndsTheRunOncePatienceRunsOut() {
        // given validation data that gets worse as training data gets better
        Network network = Network.create(xorSpec(0.0), Init.XAVIER, 42);
        List<EpochMetrics> epochs = new ArrayList<>();

        TrainingResult result = new Trainer().fit(network, XOR, ANTI_XOR, bce(1000, new EarlyStoppingSpec(3, 0.0)),
                (m, n) -> epochs.add(m), new RunControl());

        // then the run ends 3 epochs after the best validation loss, long before 1000 epochs
        assertThat(result.outcome()).isEqualTo(RunOutcome.STOPPED_EARLY);
        assertThat(result.epochsRun()).isEqualTo(epochs.size()).isLessThan(1000);
        int best = 0;
        for (int e = 1; e < epochs.size(); e++) {
            if (epochs.get(e).validationLoss() < epochs.get(best).validationLoss()) {
                best = e;
            }
        }
        assertThat(epochs.size() - 1 - best).isEqualTo(3);
        assertThat(result.message()).startsWith("stopped early after epoch " + epochs.size());
    }

    @Test
    void aLargeMinDeltaCountsSmallImprovementsAsNone() {
        // given the same data for training and validation, so the validation loss falls steadily but slowly
        Network network = Network.create(xorSpec(0.0), Init.XAVIER, 42);

        TrainingResult result = new Trainer().fit(network, XOR, XOR, bce(1000, new EarlyStoppingSpec(2, 10.0)),
                TrainingListener.NONE, new RunControl());

        // the first epoch improves on +∞; the next two cannot beat it by 10
        assertThat(result.outcome()).isEqualTo(RunOutcome.STOPPED_EARLY);
        assertThat(result.epochsRun()).isEqualTo(3);
    }
}
