package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.EarlyStoppingSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value types refuse bad input with messages a user can act on. */
class ValidationTest {

    private static final NetworkSpec TWO_EIGHT_ONE = new NetworkSpec(2,
            List.of(new DenseSpec(8, Activation.RELU), new DenseSpec(1, Activation.SIGMOID)));

    @Test
    void layerSpecs() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DenseSpec(0, Activation.RELU))
                .withMessage("units must be between 1 and 4096, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new DenseSpec(4097, Activation.RELU))
                .withMessage("units must be between 1 and 4096, was 4097");
        assertThatIllegalArgumentException().isThrownBy(() -> new DropoutSpec(1.0))
                .withMessage("dropout rate must be in [0, 1), was 1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new DropoutSpec(Double.NaN))
                .withMessage("dropout rate must be in [0, 1), was NaN");
    }

    @Test
    void networkSpecs() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NetworkSpec(0, TWO_EIGHT_ONE.layers()))
                .withMessage("inputs must be between 1 and 100000, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new NetworkSpec(2, List.of()))
                .withMessage("a network needs at least one dense layer");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NetworkSpec(2, List.of(new DenseSpec(2, Activation.TANH), new DropoutSpec(0.5))))
                .withMessage("the last layer must be dense, was dropout");
    }

    @Test
    void enumIdsRoundTripAndUnknownIdsListTheValidOnes() {
        for (Activation a : Activation.values()) {
            assertThat(Activation.fromId(a.id())).isEqualTo(a);
        }
        assertThat(LossKind.fromId("cross_entropy")).isEqualTo(LossKind.CROSS_ENTROPY);
        assertThat(Init.fromId("he")).isEqualTo(Init.HE);
        assertThatIllegalArgumentException().isThrownBy(() -> Activation.fromId("Sigmoid"))
                .withMessage("unknown activation 'Sigmoid': expected one of sigmoid, tanh, relu, leaky_relu, linear, softmax");
        assertThatIllegalArgumentException().isThrownBy(() -> LossKind.fromId("l2"))
                .withMessage("unknown loss 'l2': expected one of mse, bce, cross_entropy");
    }

    @Test
    void optimizerAndTrainingConfig() {
        assertThatIllegalArgumentException().isThrownBy(() -> SgdSpec.plain(0.0))
                .withMessage("learning rate must be positive, was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new SgdSpec(0.1, 1.0))
                .withMessage("momentum must be at least 0 and below 1, was 1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new AdamSpec(0.1, 0.9, 1.0, 1e-8))
                .withMessage("beta2 must be at least 0 and below 1, was 1.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), -1, 10, false, 0))
                .withMessage("batch size must be 0 (full batch) or positive, was -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 0, 0, false, 0))
                .withMessage("epochs must be between 1 and 1000000, was 0");
    }

    @Test
    void clippingWeightDecayEarlyStoppingAndTask() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClippingSpec.byNorm(0.0))
                .withMessage("gradient clipping threshold must be positive, was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> ClippingSpec.byValue(Double.NaN))
                .withMessage("gradient clipping threshold must be positive, was NaN");
        assertThat(new ClippingSpec(ClippingSpec.Mode.NONE, 0.0).mode()).isEqualTo(ClippingSpec.Mode.NONE);
        assertThatIllegalArgumentException().isThrownBy(() -> ClippingSpec.Mode.fromId("l2"))
                .withMessage("unknown gradient clipping mode 'l2': expected one of none, value, norm");
        assertThatIllegalArgumentException().isThrownBy(() -> new EarlyStoppingSpec(0, 0.0))
                .withMessage("early stopping patience must be between 1 and 1000000, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new EarlyStoppingSpec(5, -0.1))
                .withMessage("early stopping minDelta must be 0 or positive, was -0.1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, 1, false, 0,
                        ClippingSpec.NONE, -1e-4, null))
                .withMessage("weight decay must be 0 or positive, was -1.0E-4");
        TrainingConfig plain = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, 1, false, 0);
        assertThat(plain.l1()).isZero();
        assertThat(plain.withL1(1e-4).l1()).isEqualTo(1e-4);
        // a repeat with another seed (SeedRepeats) keeps every other setting, L1 included
        assertThat(plain.withL1(1e-4).withSeed(7)).isEqualTo(new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, 1,
                false, 7).withL1(1e-4));
        for (double bad : new double[] {-1e-4, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatIllegalArgumentException().isThrownBy(() -> plain.withL1(bad))
                    .withMessage("L1 must be 0 (off) or a positive finite number, was " + bad);
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 1, 1, false, 0,
                        ClippingSpec.NONE, 0.0, null, Task.MULTICLASS))
                .withMessage("loss bce needs task binary, was multiclass");
        assertThat(new TrainingConfig(LossKind.CROSS_ENTROPY, SgdSpec.plain(0.1), 1, 1, false, 0).task())
                .isEqualTo(Task.MULTICLASS);
        assertThat(Task.fromId("binary")).isEqualTo(Task.BINARY);
    }

    @Test
    void taskEarlyStoppingAndValidationDataMustFitTheNetwork() {
        Network network = Network.create(TWO_EIGHT_ONE, Init.HE, 1);
        TrainingData data = new TrainingData(new double[][] {{1, 2}}, new double[][] {{1}});
        TrainingData wideTargets = new TrainingData(new double[][] {{1, 2}}, new double[][] {{1, 0}});
        TrainingConfig early = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, 1, false, 0,
                ClippingSpec.NONE, 0.0, new EarlyStoppingSpec(3, 0.0));
        TrainingConfig multiclassMse = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, 1, false, 0,
                ClippingSpec.NONE, 0.0, null, Task.MULTICLASS);
        Trainer trainer = new Trainer();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> trainer.fit(network, data, early, TrainingListener.NONE, new RunControl()))
                .withMessage("early stopping needs validation data: set a validation fraction above 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> trainer.fit(network, data, wideTargets, early, TrainingListener.NONE, new RunControl()))
                .withMessage("validation data has 2 target columns but the network has 1 outputs");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> trainer.fit(network, data, multiclassMse, TrainingListener.NONE, new RunControl()))
                .withMessage("task multiclass needs at least 2 output units (one per class), but the last layer has 1");
    }

    @Test
    void explicitWeightsMustMatchTheLayerShapes() {
        DenseWeights twoBySeven = new DenseWeights(new double[2][7], new double[7]);
        DenseWeights eightByOne = new DenseWeights(new double[8][1], new double[1]);

        assertThatIllegalArgumentException().isThrownBy(() -> Network.create(TWO_EIGHT_ONE, List.of(twoBySeven, eightByOne)))
                .withMessage("explicit weights for layer 1 must be 2×8, were 2×7");
        assertThatIllegalArgumentException().isThrownBy(() -> Network.create(TWO_EIGHT_ONE, List.of(eightByOne)))
                .withMessage("expected explicit weights for 2 dense layers, got 1");
        assertThatIllegalArgumentException().isThrownBy(() -> Network.create(TWO_EIGHT_ONE, Init.EXPLICIT, 1))
                .withMessage("init explicit needs weights: use Network.create(spec, weights)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DenseWeights(new double[][] {{1, 2}, {3}}, new double[2]))
                .withMessage("W must be rectangular: row 0 has 2 values, row 1 has 1");
    }

    @Test
    void denseWeightsAreCopiedInAndOut() {
        double[][] w = {{1, 2}};
        DenseWeights weights = new DenseWeights(w, new double[] {0, 0});
        w[0][0] = 99;
        weights.W()[0][1] = 99;

        assertThat(weights.W()).isEqualTo(new double[][] {{1, 2}});
    }

    @Test
    void trainingDataAndItsFitWithTheNetwork() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrainingData(new double[][] {{1, Double.NaN}}, new double[][] {{1}}))
                .withMessage("x[0][1] must be finite, was NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrainingData(new double[][] {{1}, {2}}, new double[][] {{1}}))
                .withMessage("x has 2 rows but y has 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new TrainingData(new double[0][], new double[0][]))
                .withMessage("training data must have at least one row");

        Network network = Network.create(TWO_EIGHT_ONE, Init.HE, 1);
        TrainingData threeFeatures = new TrainingData(new double[][] {{1, 2, 3}}, new double[][] {{1}});
        TrainingData twoFeatures = new TrainingData(new double[][] {{1, 2}}, new double[][] {{1}});
        TrainingConfig mse = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, 1, false, 0);
        TrainingConfig ce = new TrainingConfig(LossKind.CROSS_ENTROPY, SgdSpec.plain(0.1), 1, 1, false, 0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Trainer().fit(network, threeFeatures, mse, TrainingListener.NONE, new RunControl()))
                .withMessage("training data has 3 features but the network expects 2 inputs");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Trainer().fit(network, twoFeatures, ce, TrainingListener.NONE, new RunControl()))
                .withMessage("loss cross_entropy needs a softmax output layer, but the last layer is sigmoid");
        assertThatIllegalArgumentException().isThrownBy(() -> network.predict(new double[3]))
                .withMessage("input must have 2 values, had 3");
    }
}
