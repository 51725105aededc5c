package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.loss.LossAndGradient;
import dev.chainrule.engine.optim.Optimizer;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team's W2 (circles, 2-8-8-1 tanh, BCE, SGD) and W3 (digits, 64-32-10 ReLU, softmax
 * cross-entropy, Adam) float64 oracles in ../shared/bench/data (bench/trajectory_oracles.py,
 * numpy cross-checked with torch autograd): the first mini-batch, the first step and every
 * epoch's loss, then the final training accuracy. Everything is compared to 1e-12 relative,
 * with an absolute floor of 1e-15 for exact zeros such as the gradients of the digits'
 * constant pixels. Measured when written: first batch and step within 4.3e-13 (small
 * gradients whose sums run in another order than numpy's), epoch losses within 1.4e-15, so
 * the 100 (W2) and 2,250 (W3) updates do not amplify the rounding differences.
 */
class BenchTrajectoryTest {

    static final Path DATA = Path.of("..", "shared", "bench", "data");
    static final double FIRST_BATCH_RELATIVE = 1e-12;
    static final double TRAJECTORY_RELATIVE = 1e-12;
    static final double ABSOLUTE_FLOOR = 1e-15;

    @BeforeAll
    static void requireTheSharedBench() {
        if (!Files.isDirectory(DATA)) {
            fail("the shared bench data is missing: expected " + DATA.toAbsolutePath().normalize()
                    + " (the checkout's sibling 'shared' folder, present in CI); see shared/bench/README.md");
        }
    }

    @Test
    void w2CirclesMatchesTheOracle() throws IOException {
        double[][] rows = csv("w2_circles.csv");
        TrainingData data = new TrainingData(columns(rows, 0, 2), binaryTargets(rows));
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(8, Activation.TANH),
                new DenseSpec(8, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)));
        TrainingConfig config = new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.03), 10, 100, false, 0);

        checkAgainstOracle("w2", spec, data, config);
    }

    @Test
    void w3DigitsMatchesTheOracle() throws IOException {
        double[][] rows = csv("w3_digits_train.csv");
        JsonNode scaler = json("w3_scaler.json");
        double[][] x = columns(rows, 0, 64);
        for (double[] row : x) {
            for (int j = 0; j < 64; j++) {
                // x' = (x − mean) / scale, fitted on the training file (as bench_data.load_w3)
                row[j] = (row[j] - scaler.get("mean").get(j).asDouble()) / scaler.get("scale").get(j).asDouble();
            }
        }
        TrainingData data = new TrainingData(x, oneHot(rows, 10));
        NetworkSpec spec = new NetworkSpec(64, List.of(new DenseSpec(32, Activation.RELU),
                new DenseSpec(10, Activation.SOFTMAX)));
        TrainingConfig config = new TrainingConfig(LossKind.CROSS_ENTROPY, AdamSpec.withDefaults(1e-3), 32, 50,
                false, 0);

        checkAgainstOracle("w3", spec, data, config);
    }

    private static void checkAgainstOracle(String workload, NetworkSpec spec, TrainingData data,
            TrainingConfig config) throws IOException {
        JsonNode oracle = json(workload + "_trajectory_oracle.json");
        List<DenseWeights> initial = PyTorchParityTest.weights(json(workload + "_init_weights.json").get("layers"));
        JsonNode first = oracle.get("first_batch");

        // the first mini-batch: forward, loss, gradients
        Network network = Network.create(spec, initial);
        Batches batches = new Batches(data, config.batchSize());
        batches.load(0);
        DMatrixRMaj prediction = network.forward(batches.x(), true);
        Loss loss = TrainingParts.loss(config.loss());
        LossAndGradient lossAndGradient = loss.lossAndGradient(network.logits(), prediction, batches.y());
        near(lossAndGradient.loss(), first.get("loss").asDouble(), FIRST_BATCH_RELATIVE, "first batch loss");
        double[] logits = PyTorchParityTest.vector(first.get("logits_row0"));
        for (int j = 0; j < logits.length; j++) {
            near(network.logits().get(0, j), logits[j], FIRST_BATCH_RELATIVE, "logits row 0 [" + j + "]");
        }
        network.zeroGradients();
        network.backward(lossAndGradient);
        List<DenseWeights> gradients = PyTorchParityTest.weights(renamed(first.get("grads")));
        for (int k = 0; k < gradients.size(); k++) {
            var dense = network.denseLayers().get(k);
            compare(dense.weight().gradient(), dense.bias().gradient(), gradients.get(k), "gradient layer " + (k + 1));
        }

        // the first optimizer step
        Optimizer optimizer = TrainingParts.optimizer(config.optimizer());
        optimizer.initialise(network.parameters());
        optimizer.step();
        List<DenseWeights> afterStep = PyTorchParityTest.weights(first.get("weights_after_first_step"));
        for (int k = 0; k < afterStep.size(); k++) {
            var dense = network.denseLayers().get(k);
            compare(dense.weight().value(), dense.bias().value(), afterStep.get(k), "after step 1, layer " + (k + 1));
        }

        // every epoch's loss, from the initial weights again
        Network trained = Network.create(spec, initial);
        List<Double> losses = new ArrayList<>();
        new Trainer().fit(trained, data, config, (m, n) -> losses.add(m.trainLoss()), new RunControl());
        JsonNode expected = oracle.get("epoch_loss_float64");
        assertThat(losses).hasSize(expected.size());
        for (int e = 0; e < losses.size(); e++) {
            near(losses.get(e), expected.get(e).asDouble(), TRAJECTORY_RELATIVE, workload + " epoch " + (e + 1));
        }
        assertThat(accuracy(trained, data, config.task()))
                .isEqualTo(oracle.at("/final/train_accuracy").asDouble());
    }

    // the fraction of rows predicted right after training, in evaluation mode
    private static double accuracy(Network network, TrainingData data, Task task) {
        DMatrixRMaj prediction = network.forward(new DMatrixRMaj(data.x()), false);
        return (double) Accuracy.correct(task, prediction, new DMatrixRMaj(data.y())) / data.rows();
    }

    private static void compare(DMatrixRMaj w, DMatrixRMaj b, DenseWeights expected, String what) {
        double[][] W = expected.W();
        for (int i = 0; i < W.length; i++) {
            for (int j = 0; j < W[i].length; j++) {
                near(w.get(i, j), W[i][j], FIRST_BATCH_RELATIVE, what + " W[" + i + "][" + j + "]");
            }
        }
        for (int j = 0; j < expected.units(); j++) {
            near(b.get(0, j), expected.b()[j], FIRST_BATCH_RELATIVE, what + " b[" + j + "]");
        }
    }

    // |actual − expected| ≤ max(relative·|expected|, 1e-15)
    private static void near(double actual, double expected, double relative, String what) {
        double allowed = Math.max(relative * Math.abs(expected), ABSOLUTE_FLOOR);
        assertThat(Math.abs(actual - expected)).as("%s: actual %s, expected %s", what, actual, expected)
                .isLessThanOrEqualTo(allowed);
    }

    // the oracle writes gradients as {"dW", "db"}; DenseWeights reads {"W", "b"}
    private static JsonNode renamed(JsonNode grads) {
        var mapper = new ObjectMapper();
        var array = mapper.createArrayNode();
        for (JsonNode g : grads) {
            array.addObject().setAll(Map.of("W", g.get("dW"), "b", g.get("db")));
        }
        return array;
    }

    private static JsonNode json(String name) throws IOException {
        return new ObjectMapper().readTree(DATA.resolve(name).toFile());
    }

    // numeric CSV with a header line; Double.parseDouble reads the oracle's repr floats exactly
    private static double[][] csv(String name) throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve(name));
        double[][] rows = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            rows[i - 1] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                rows[i - 1][j] = Double.parseDouble(cells[j]);
            }
        }
        return rows;
    }

    private static double[][] columns(double[][] rows, int from, int to) {
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = Arrays.copyOfRange(rows[i], from, to);
        }
        return x;
    }

    private static double[][] binaryTargets(double[][] rows) {
        double[][] y = new double[rows.length][1];
        for (int i = 0; i < rows.length; i++) {
            y[i][0] = rows[i][rows[i].length - 1];
        }
        return y;
    }

    private static double[][] oneHot(double[][] rows, int classes) {
        double[][] y = new double[rows.length][classes];
        for (int i = 0; i < rows.length; i++) {
            y[i][(int) rows[i][rows[i].length - 1]] = 1.0;
        }
        return y;
    }
}
