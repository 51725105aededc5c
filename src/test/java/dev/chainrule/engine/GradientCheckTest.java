package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The product's gradient check: every activation and loss passes, a broken layer fails, kinks are told apart. */
class GradientCheckTest {

    // 4 examples, 3 features; no pre-activation near a ReLU's kink with the seeds below
    private static final double[][] X = {{0.5, -1.2, 0.3}, {-0.7, 0.4, 1.1}, {1.5, 0.2, -0.6}, {0.1, -0.3, 0.8}};
    private static final double[][] ONE_HOT = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}};
    private static final double[][] BINARY = {{1}, {0}, {1}, {0}};

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyActivationPassesWithMse(Activation activation) {
        // given 3 → 5 (activation) → 3 (activation), MSE
        Network network = network(Init.XAVIER, 7, new DenseSpec(5, activation), new DenseSpec(3, activation));

        GradientCheckReport report = GradientCheck.firstBatch(network, new TrainingData(X, ONE_HOT), config(LossKind.MSE, 0, 0.0));

        assertPassesEveryWeight(report, 5 * 3 + 5 + 3 * 5 + 3);
    }

    @Test
    void binaryCrossEntropyOnASigmoidOutputPasses() {
        Network network = network(Init.XAVIER, 8, new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID));

        GradientCheckReport report = GradientCheck.firstBatch(network, new TrainingData(X, BINARY), config(LossKind.BCE, 0, 0.0));

        assertPassesEveryWeight(report, 3 * 4 + 4 + 4 + 1);
    }

    @Test
    void crossEntropyOnASoftmaxOutputPasses() {
        Network network = network(Init.HE, 9, new DenseSpec(4, Activation.LEAKY_RELU), new DenseSpec(3, Activation.SOFTMAX));

        GradientCheckReport report = GradientCheck.firstBatch(network, new TrainingData(X, ONE_HOT),
                config(LossKind.CROSS_ENTROPY, 0, 0.0));

        assertPassesEveryWeight(report, 3 * 4 + 4 + 4 * 3 + 3);
    }

    @Test
    void dropoutIsCheckedWithTheMasksOfTheRunsFirstBatch() {
        Network network = network(Init.XAVIER, 10, new DenseSpec(6, Activation.TANH), new DropoutSpec(0.5),
                new DenseSpec(3, Activation.LINEAR));
        Network withoutDropout = Network.create(new NetworkSpec(3, List.of(new DenseSpec(6, Activation.TANH),
                new DenseSpec(3, Activation.LINEAR))), network.weights());

        GradientCheckReport report = GradientCheck.firstBatch(network, new TrainingData(X, ONE_HOT), config(LossKind.MSE, 0, 0.0));
        GradientCheckReport unmasked = GradientCheck.firstBatch(withoutDropout, new TrainingData(X, ONE_HOT),
                config(LossKind.MSE, 0, 0.0));

        // every pass drops the same units (else the differences would not match), and it does drop some
        assertPassesEveryWeight(report, 3 * 6 + 6 + 6 * 3 + 3);
        assertThat(report.loss()).isNotEqualTo(unmasked.loss());
    }

    @Test
    void l1IsPartOfTheCheckedLoss() {
        Network network = network(Init.XAVIER, 11, new DenseSpec(4, Activation.TANH), new DenseSpec(3, Activation.LINEAR));

        GradientCheckReport report = GradientCheck.firstBatch(network, new TrainingData(X, ONE_HOT), config(LossKind.MSE, 0, 0.3));
        GradientCheckReport without = GradientCheck.firstBatch(network, new TrainingData(X, ONE_HOT), config(LossKind.MSE, 0, 0.0));

        assertPassesEveryWeight(report, 3 * 4 + 4 + 4 * 3 + 3);
        assertThat(report.loss()).isGreaterThan(without.loss() + 0.1);
    }

    @Test
    void aMiniBatchIsTheRunsFirstOneShuffledAsTheRunShufflesIt() {
        Network network = network(Init.XAVIER, 12, new DenseSpec(4, Activation.TANH), new DenseSpec(3, Activation.LINEAR));
        TrainingConfig miniBatches = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 2, 1, true, 5L);

        GradientCheckReport report = GradientCheck.firstBatch(network, new TrainingData(X, ONE_HOT), miniBatches);

        assertThat(report.examples()).isEqualTo(2);
        assertThat(report.batchExamples()).isEqualTo(2);
        assertThat(report.passed()).isTrue();
    }

    @Test
    void theSeedExamplesGradientsAreTheOraclesAndPass() {
        GradientCheckReport report = GradientCheck.firstBatch(SeedExampleTest.seedNetwork(), SeedExampleTest.seedData(),
                SeedExampleTest.seedConfig(1));

        assertPassesEveryWeight(report, 9);
        assertThat(report.loss()).isEqualTo(0.10270716914594588);
        assertThat(report.weights().get(0).label()).isEqualTo("W1[1,1]");
        assertThat(report.weights().get(0).analytic()).isCloseTo(-0.006290952595764433, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(report.weights().get(8).label()).isEqualTo("b2[1]");
        assertThat(report.weights().get(8).analytic()).isCloseTo(-0.13958323488264582, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void theCheckLeavesTheWeightsAsTheyWere() {
        Network network = network(Init.XAVIER, 13, new DenseSpec(4, Activation.RELU), new DenseSpec(3, Activation.LINEAR));
        List<DenseWeights> before = network.weights();

        GradientCheck.firstBatch(network, new TrainingData(X, ONE_HOT), config(LossKind.MSE, 0, 0.0));

        // DenseWeights compares its arrays element by element, exactly
        assertThat(network.weights()).isEqualTo(before);
    }

    @Test
    void theBrokenLayerFailsTheCheckWhereItsDerivativeIsWrong() {
        GradientCheckReport report = GradientCheck.run(new BrokenSigmoidNetwork());

        assertThat(report.passed()).isFalse();
        // backpropagation through the broken sigmoid: W1 and b1 fail; the output layer's own gradients are right
        assertThat(report.weights()).filteredOn(w -> w.layer() == 1)
                .allMatch(w -> w.verdict() == WeightCheck.Verdict.FAIL
                        && w.relativeError() > 1000 * GradientCheck.RELATIVE_TOLERANCE);
        assertThat(report.weights()).filteredOn(w -> w.layer() == 2)
                .allMatch(w -> w.verdict() == WeightCheck.Verdict.PASS);
        assertThat(report.count(WeightCheck.Verdict.FAIL)).isEqualTo(3 * 4 + 4);
    }

    @Test
    void aReluExactlyAtItsKinkIsReportedAsAKinkNotAsAFailure() {
        // given unit 0 of the hidden ReLU layer at z = 0.5·1 − 0.5·1 + 0 = 0 for the only example
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(2, Activation.RELU), new DenseSpec(1, Activation.LINEAR)));
        Network network = Network.create(spec, List.of(
                new DenseWeights(new double[][] {{0.5, 0.3}, {-0.5, 0.4}}, new double[] {0.0, 0.1}),
                new DenseWeights(new double[][] {{0.7}, {-0.2}}, new double[] {0.05})));

        GradientCheckReport report = GradientCheck.firstBatch(network,
                new TrainingData(new double[][] {{1.0, 1.0}}, new double[][] {{2.0}}), config(LossKind.MSE, 0, 0.0));

        // then the weights into unit 0 straddle the kink: the derivative there is 0, the difference averages 0 and 0.7·…
        assertThat(report.passed()).isTrue();
        assertThat(report.weights()).filteredOn(w -> w.verdict() == WeightCheck.Verdict.KINK)
                .extracting(WeightCheck::label).containsExactly("W1[1,1]", "W1[2,1]", "b1[1]");
        assertThat(report.count(WeightCheck.Verdict.PASS)).isEqualTo(9 - 3);
    }

    @Test
    void aNetworkTooLargeToCheckIsRefusedWithWhatToDo() {
        Network network = network(Init.XAVIER, 14, new DenseSpec(100, Activation.TANH), new DenseSpec(100, Activation.TANH),
                new DenseSpec(3, Activation.LINEAR));

        assertThatThrownBy(() -> GradientCheck.firstBatch(network, new TrainingData(X, ONE_HOT), config(LossKind.MSE, 0, 0.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The gradient check changes each weight and bias in turn: this network has 10,803 of them, "
                        + "the check takes at most 5,000. Make the hidden layers narrower or fewer to check it.");
    }

    @Test
    void aLargeNetworkIsCheckedOnTheFirstExamplesOfItsBatch() {
        // 3-60-60-3: 4,083 weights; at 2 × 4,083² multiply-adds per example, 4 examples are over the budget
        Network network = network(Init.XAVIER, 15, new DenseSpec(60, Activation.TANH), new DenseSpec(60, Activation.TANH),
                new DenseSpec(3, Activation.LINEAR));

        GradientCheckReport report = GradientCheck.firstBatch(network, new TrainingData(X, ONE_HOT), config(LossKind.MSE, 0, 0.0));

        assertThat(report.examples()).isLessThan(report.batchExamples());
        assertThat(report.batchExamples()).isEqualTo(4);
        assertPassesEveryWeight(report, 3 * 60 + 60 + 60 * 60 + 60 + 60 * 3 + 3);
    }

    @Test
    void dataThatDoesNotFitTheNetworkGetsTheEnginesMessage() {
        Network network = network(Init.XAVIER, 16, new DenseSpec(4, Activation.TANH), new DenseSpec(3, Activation.LINEAR));

        assertThatThrownBy(() -> GradientCheck.firstBatch(network, new TrainingData(X, BINARY), config(LossKind.MSE, 0, 0.0)))
                .hasMessage("training data has 1 target columns but the network has 3 outputs");
    }

    private static void assertPassesEveryWeight(GradientCheckReport report, int weights) {
        assertThat(report.weights()).hasSize(weights);
        assertThat(report.count(WeightCheck.Verdict.PASS)).as(report.weights().toString()).isEqualTo(weights);
        assertThat(report.passed()).isTrue();
        assertThat(report.largestRelativeError()).isLessThan(GradientCheck.RELATIVE_TOLERANCE);
    }

    private static Network network(Init init, long seed, LayerSpec... layers) {
        return Network.create(new NetworkSpec(3, List.of(layers)), init, seed);
    }

    private static TrainingConfig config(LossKind loss, int batchSize, double l1) {
        return new TrainingConfig(loss, SgdSpec.plain(0.1), batchSize, 1, false, 5L).withL1(l1);
    }
}
