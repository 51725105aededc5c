package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.OptimizerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 20 epochs of small networks against PyTorch 1.13 in float64. The fixtures and the script
 * that made them are in src/test/resources/parity/ (make_parity_fixtures.py says what each
 * case covers; {@link ParityInputs} prepares the cases with input features). Weights after the
 * last epoch and every epoch's loss must agree to 1e-9
 * relative, with an absolute floor of 1e-12 for values near 0, where a relative
 * comparison would only measure rounding noise.
 */
class PyTorchParityTest {

    static final double RELATIVE = 1e-9;
    static final double ABSOLUTE_FLOOR = 1e-12;

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = PyTorchParityTest.class.getResourceAsStream("/parity/parity_fixtures.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            return StreamSupport.stream(root.get("cases").spliterator(), false)
                    .map(c -> Arguments.of(c.get("name").asText(), c)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void twentyEpochsMatchPyTorch(String name, JsonNode fixture) {
        // given the fixture's network, initial weights, data and settings
        NetworkSpec spec = networkSpec(fixture.get("network"));
        Network network = Network.create(spec, weights(fixture.get("initialWeights")));
        TrainingData data = fixture.at("/data/inputFeatures").isMissingNode()
                ? new TrainingData(matrix(fixture.at("/data/x")), matrix(fixture.at("/data/y")))
                : ParityInputs.prepared(fixture.get("data"), fixture.at("/training/loss").asText());
        List<Double> losses = new ArrayList<>();

        // when the engine trains for the same epochs
        TrainingResult result = new Trainer().fit(network, data, config(fixture.get("training")),
                (m, n) -> losses.add(m.trainLoss()), new RunControl());

        // then every epoch loss and every final weight agree with PyTorch's
        assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED);
        JsonNode expectedLosses = fixture.get("epochLoss");
        assertThat(losses).hasSize(expectedLosses.size());
        for (int e = 0; e < losses.size(); e++) {
            assertNear(losses.get(e), expectedLosses.get(e).asDouble(), "epoch " + (e + 1) + " loss");
        }
        List<DenseWeights> expected = weights(fixture.get("finalWeights"));
        List<DenseWeights> actual = network.weights();
        for (int k = 0; k < expected.size(); k++) {
            double[][] w = expected.get(k).W();
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < w[i].length; j++) {
                    assertNear(actual.get(k).W()[i][j], w[i][j], "layer " + (k + 1) + " W[" + i + "][" + j + "]");
                }
            }
            for (int j = 0; j < expected.get(k).units(); j++) {
                assertNear(actual.get(k).b()[j], expected.get(k).b()[j], "layer " + (k + 1) + " b[" + j + "]");
            }
        }
    }

    // |actual − expected| ≤ max(1e-9·|expected|, 1e-12)
    static void assertNear(double actual, double expected, String what) {
        double allowed = Math.max(RELATIVE * Math.abs(expected), ABSOLUTE_FLOOR);
        assertThat(Math.abs(actual - expected)).as("%s: actual %s, expected %s", what, actual, expected)
                .isLessThanOrEqualTo(allowed);
    }

    static NetworkSpec networkSpec(JsonNode network) {
        List<LayerSpec> layers = new ArrayList<>();
        for (JsonNode layer : network.get("layers")) {
            layers.add(new DenseSpec(layer.get("units").asInt(), Activation.fromId(layer.get("activation").asText())));
        }
        return new NetworkSpec(network.get("inputs").asInt(), layers);
    }

    static TrainingConfig config(JsonNode t) {
        JsonNode o = t.get("optimizer");
        OptimizerSpec optimizer = o.get("type").asText().equals("sgd")
                ? new SgdSpec(o.get("learningRate").asDouble(), o.get("momentum").asDouble())
                : new AdamSpec(o.get("learningRate").asDouble(), o.get("beta1").asDouble(), o.get("beta2").asDouble(),
                        o.get("epsilon").asDouble());
        JsonNode clip = t.get("gradientClipping");
        return new TrainingConfig(LossKind.fromId(t.get("loss").asText()), optimizer, t.get("batchSize").asInt(),
                t.get("epochs").asInt(), t.get("shuffle").asBoolean(), 0L,
                new ClippingSpec(ClippingSpec.Mode.fromId(clip.get("mode").asText()), clip.get("threshold").asDouble()),
                t.get("weightDecay").asDouble(), null).withL1(t.get("l1").asDouble());
    }

    static List<DenseWeights> weights(JsonNode layers) {
        List<DenseWeights> result = new ArrayList<>();
        for (JsonNode layer : layers) {
            result.add(new DenseWeights(matrix(layer.get("W")), vector(layer.get("b"))));
        }
        return result;
    }

    static double[][] matrix(JsonNode rows) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(rows.get(i));
        }
        return m;
    }

    static double[] vector(JsonNode values) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i).asDouble();
        }
        return v;
    }
}
