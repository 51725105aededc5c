package dev.chainrule.engine;

import static dev.chainrule.engine.Close.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.engine.trace.LayerTrace;
import dev.chainrule.engine.trace.ParameterTrace;
import dev.chainrule.engine.trace.UpdateTrace;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A traced update is the training's own: the seed oracle's numbers, and the same weights as Trainer.fit. */
class UpdateTracerTest {

    private static JsonNode oracle() throws IOException {
        try (InputStream in = UpdateTracerTest.class.getResourceAsStream("/seed/seed_oracle.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theSeedsFirstUpdateHasTheOraclesForwardPassLossGradientsAndNewWeights() throws IOException {
        JsonNode oracle = oracle();
        UpdateTrace trace = UpdateTracer.trace(SeedExampleTest.seedNetwork(), SeedExampleTest.seedData(),
                SeedExampleTest.seedConfig(1000), 1);

        LayerTrace hidden = trace.layers().get(0);
        LayerTrace output = trace.layers().get(1);
        assertThat(output.output()[0][0]).isEqualTo(0.6795204075983217);
        assertClose(trace.loss().value(), 0.10270716914594588, "loss");
        assertThat(trace.loss().perExample()).containsExactly(trace.loss().value());
        assertClose(hidden.preActivation()[0], vector(oracle.at("/forward/z1")), "z1");
        assertClose(hidden.output()[0], vector(oracle.at("/forward/h")), "h");
        assertClose(trace.parameter(0, true).backward(), flat(oracle.at("/gradients/dW1")), "dW1");
        assertClose(trace.parameter(0, false).backward(), flat(oracle.at("/gradients/db1")), "db1");
        assertClose(trace.parameter(1, true).backward(), flat(oracle.at("/gradients/dW2")), "dW2");
        assertClose(trace.parameter(1, false).backward(), flat(oracle.at("/gradients/db2")), "db2");
        assertClose(trace.parameter(0, true).after(), flat(oracle.at("/afterOneUpdate/W1")), "W1 after");
        assertClose(trace.parameter(1, false).after(), flat(oracle.at("/afterOneUpdate/b2")), "b2 after");
        // the chain's factors: dL/dŷ = 2(ŷ − y), dŷ/dz = ŷ(1 − ŷ), and their product is dL/dz
        double p = output.output()[0][0];
        assertClose(output.outputGradient()[0][0], 2 * (p - 1.0), "dL/dŷ");
        assertClose(output.slope()[0][0], p * (1 - p), "dŷ/dz");
        assertThat(output.preActivationGradient()[0][0]).isEqualTo(output.outputGradient()[0][0] * output.slope()[0][0]);
        // dL/dh handed down is dL/dz of the output times W2
        assertThat(hidden.outputGradient()[0][1]).isEqualTo(output.preActivationGradient()[0][0] * 0.6);
        assertThat(output.inputGradient()[0]).containsExactly(hidden.outputGradient()[0]);
        assertThat(trace.rows()).containsExactly(0);
        assertThat(trace.update()).isEqualTo(1);
        assertThat(trace.epoch()).isEqualTo(1);
    }

    @Test
    void theSecondUpdateStartsFromTheOraclesWeightsAfterTheFirst() throws IOException {
        UpdateTrace trace = UpdateTracer.trace(SeedExampleTest.seedNetwork(), SeedExampleTest.seedData(),
                SeedExampleTest.seedConfig(1000), 2);

        assertClose(trace.parameter(0, true).before(), flat(oracle().at("/afterOneUpdate/W1")), "W1 before update 2");
        assertClose(trace.loss().value(), oracle().at("/loop/losses/1").asDouble(), "loss of update 2");
        assertThat(trace.epoch()).isEqualTo(2);
    }

    @Test
    void aMiniBatchsGradientIsTheSumOverItsExamplesAndItsWeightsAreThoseOfFit() {
        TrainingConfig config = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.5), 4, 3, true, 7L);
        UpdateTrace trace = UpdateTracer.trace(network(), data(), config, 5); // epoch 3, batch 0

        assertThat(trace.examples()).isEqualTo(4);
        assertThat(trace.epoch()).isEqualTo(3);
        assertThat(trace.batch()).isZero();
        for (int k = 0; k < 2; k++) {
            LayerTrace layer = trace.layers().get(k);
            ParameterTrace w = trace.parameter(k, true);
            for (int i = 0; i < layer.inputs(); i++) {
                for (int j = 0; j < layer.units(); j++) {
                    double sum = 0.0;
                    for (int r = 0; r < 4; r++) {
                        sum += layer.input()[r][i] * layer.preActivationGradient()[r][j];
                    }
                    assertClose(w.backward()[w.index(i, j)], sum, "dW" + (k + 1));
                    // plain SGD: new w = w − η·g
                    assertThat(w.after()[w.index(i, j)]).isEqualTo(w.before()[w.index(i, j)] - 0.5 * w.gradient()[w.index(i, j)]);
                }
            }
        }
        // the rows are the shuffled order's, and x is theirs
        for (int r = 0; r < 4; r++) {
            assertThat(trace.x()[r]).containsExactly(data().x()[trace.rows()[r]]);
        }
        assertSameWeightsAsFit(config, 6);
    }

    @Test
    void adamsMomentsAndBiasCorrectionsAreTheOptimizersOwn() {
        TrainingConfig config = new TrainingConfig(LossKind.MSE, new AdamSpec(0.01, 0.9, 0.999, 1e-8), 3, 2, false, 1L);
        UpdateTrace trace = UpdateTracer.trace(network(), data(), config, 3);

        assertThat(trace.optimizer().step()).isEqualTo(3);
        assertThat(trace.optimizer().biasCorrection1()).isEqualTo(1 - Math.pow(0.9, 3));
        assertThat(trace.optimizer().biasCorrection2()).isEqualTo(1 - Math.pow(0.999, 3));
        ParameterTrace w = trace.parameter(1, true);
        double g = w.gradient()[0];
        assertThat(w.firstMoment().after()[0]).isEqualTo(0.9 * w.firstMoment().before()[0] + (1 - 0.9) * g);
        assertThat(w.secondMoment().after()[0]).isEqualTo(0.999 * w.secondMoment().before()[0] + (1 - 0.999) * g * g);
        assertThat(w.velocity()).isNull();
        assertSameWeightsAsFit(config, 4);
    }

    @Test
    void momentumsVelocityStartsAtTheGradientThenGathers() {
        TrainingConfig config = new TrainingConfig(LossKind.MSE, new SgdSpec(0.1, 0.9), 0, 2, false, 1L);
        UpdateTrace first = UpdateTracer.trace(network(), data(), config, 1);
        UpdateTrace second = UpdateTracer.trace(network(), data(), config, 2);

        assertThat(first.optimizer().firstStep()).isTrue();
        assertThat(first.parameter(0, true).velocity().after()).containsExactly(first.parameter(0, true).gradient());
        assertThat(second.optimizer().firstStep()).isFalse();
        ParameterTrace w = second.parameter(0, true);
        assertThat(w.velocity().before()).containsExactly(first.parameter(0, true).velocity().after());
        assertThat(w.velocity().after()[2]).isEqualTo(0.9 * w.velocity().before()[2] + w.gradient()[2]);
        assertSameWeightsAsFit(config, 2);
    }

    @Test
    void clippingWeightDecayAndL1AreEachRecordedOnTheWayToTheOptimizer() {
        TrainingConfig config = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 0, 1, false, 1L,
                ClippingSpec.byValue(0.01), 0.2, null, Task.REGRESSION, 0.05);
        UpdateTrace trace = UpdateTracer.trace(network(), data(), config, 1);

        ParameterTrace w = trace.parameter(0, true);
        for (int i = 0; i < w.before().length; i++) {
            assertThat(w.afterL1()[i]).isEqualTo(w.backward()[i] + 0.05 * Math.signum(w.before()[i]));
            assertThat(w.afterClipping()[i]).isEqualTo(Math.min(Math.max(w.afterL1()[i], -0.01), 0.01));
            assertThat(w.afterDecay()[i]).isEqualTo(w.afterClipping()[i] + 0.2 * w.before()[i]);
        }
        assertThat(trace.parameter(0, false).afterDecay()).containsExactly(trace.parameter(0, false).afterClipping());
        assertSameWeightsAsFit(config, 1);
    }

    @Test
    void dropoutsMaskIsAFactorOfTheGradientHandedDown() {
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(4, Activation.RELU), new DropoutSpec(0.5),
                new DenseSpec(1, Activation.SIGMOID)));
        TrainingConfig config = new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 0, 1, false, 3L);
        UpdateTrace trace = UpdateTracer.trace(Network.create(spec, Init.HE, 5L), binaryData(), config, 1);

        LayerTrace hidden = trace.layers().get(0);
        LayerTrace output = trace.layers().get(1);
        assertThat(output.outputGradient()).isNull();
        assertThat(output.slope()).isNull();
        assertThat(trace.loss().ofPreActivation()).isTrue();
        assertThat(output.inputMask()).isNotNull();
        for (int r = 0; r < 6; r++) {
            for (int j = 0; j < 4; j++) {
                assertThat(hidden.outputGradient()[r][j]).isEqualTo(output.inputGradient()[r][j] * output.inputMask()[r][j]);
                assertThat(output.input()[r][j]).isEqualTo(hidden.output()[r][j] * output.inputMask()[r][j]);
            }
        }
    }

    @Test
    void anUpdateTheRunNeverMakesIsRefusedWithTheRange() {
        TrainingConfig config = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 4, 3, false, 1L);

        assertThatThrownBy(() -> UpdateTracer.trace(network(), data(), config, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("choose an update from 1 to 6 (3 epochs of 2 batches), was 7");
        assertThatThrownBy(() -> UpdateTracer.trace(network(), data(), config, 0))
                .hasMessageStartingWith("choose an update from 1 to 6");
    }

    // the trace's weights after the last update of `epochs` epochs are those fit leaves
    private static void assertSameWeightsAsFit(TrainingConfig config, int lastUpdate) {
        Network fitted = network();
        new Trainer().fit(fitted, data(), config, TrainingListener.NONE, new RunControl());
        UpdateTrace trace = UpdateTracer.trace(network(), data(), config, lastUpdate);
        List<DenseWeights> weights = fitted.weights();
        for (int k = 0; k < weights.size(); k++) {
            assertThat(trace.parameter(k, true).after()).containsExactly(flat(weights.get(k).W()));
            assertThat(trace.parameter(k, false).after()).containsExactly(weights.get(k).b());
        }
    }

    private static Network network() {
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(3, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)));
        return Network.create(spec, Init.XAVIER, 11L);
    }

    private static TrainingData data() {
        return new TrainingData(new double[][] {{0.1, 0.9}, {-0.4, 0.3}, {0.8, -0.2}, {0.5, 0.5}, {-0.9, -0.1}, {0.2, 0.7}},
                new double[][] {{1}, {0}, {0.5}, {0.2}, {0.9}, {0.4}});
    }

    private static TrainingData binaryData() {
        return new TrainingData(data().x(), new double[][] {{1}, {0}, {1}, {0}, {1}, {0}});
    }

    private static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    private static double[] flat(JsonNode node) {
        return node.get(0).isArray() ? java.util.stream.StreamSupport.stream(node.spliterator(), false)
                .flatMapToDouble(row -> java.util.Arrays.stream(vector(row))).toArray() : vector(node);
    }

    private static double[] flat(double[][] m) {
        return java.util.Arrays.stream(m).flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
