package dev.chainrule.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.engine.EpochMetrics;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.RunControl;
import dev.chainrule.engine.Trainer;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.TrainingListener;
import dev.chainrule.engine.linalg.MatrixProducts;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The reference workloads {@code w1}–{@code w4} of ../shared/bench (README.md, workloads.py, torch_mlp.py,
 * w1_tiny_torch.py) on the engine, timed like the reference scripts:
 * <ul>
 *   <li>{@code w1}: the seed's 2-2-1 sigmoid net, MSE, SGD 0.1, one sample; 1,200 warm-up steps, then
 *       9 repeats of 1,000 steps, median per step. Each step is one epoch of
 *       {@link Trainer#fit} on the one sample (so a step includes the engine's per-epoch work:
 *       pause check, metrics record). Because C2 compiles after ~10,000 calls, an extra
 *       JIT warm-up runs first: runs of 20,000 steps for about 2 s (the reference has no JIT to warm).</li>
 *   <li>{@code w2}: 2-8-8-1 tanh, sigmoid output, BCE, SGD 0.03, batch 10, w2_circles.csv in file order,
 *       initial weights w2_init_weights.json; 100 epochs, median of epochs 2–100. (the other three too are
 *       preceded by about 2 s of untimed JIT warm-up on networks of their own.)</li>
 *   <li>{@code w3}: 64-32-10 ReLU, softmax cross-entropy, Adam 1e-3, batch 32, w3_digits_train.csv
 *       standardised with w3_scaler.json, w3_init_weights.json; 50 epochs, median of 2–50.</li>
 *   <li>{@code w4}: 784-256-ReLU-Dropout(0.5)-128-ReLU-Dropout(0.3)-10 softmax, cross-entropy, Adam
 *       1e-3, batch 64, 10,000 synthetic U[0,1) rows with uniform random labels, reshuffled
 *       every epoch; 6 epochs, median of 2–6. Data (seed 0) and weights
 *       (U(−1/√fan_in, 1/√fan_in), seed 4) come from {@link SplittableRandom}, not numpy's
 *       generator: the same distributions, not the same numbers (timing only).</li>
 * </ul>
 * An epoch's time is the engine's own {@link EpochMetrics#seconds()}: shuffle + every batch
 * (forward, loss, backward, step), like torch_mlp.py's timed region. Allocation is the
 * training thread's allocated bytes over the timed epochs (ThreadMXBean) divided by their
 * batches, so the per-epoch metrics record is included. No Spring context.
 */
public final class WorkloadBench {

    private static final int W1_JIT_WARMUP_STEPS = 20_000;
    private static final int W1_WARMUP_STEPS = 1_200;
    private static final int W1_STEPS = 1_000;
    private static final int W1_REPEATS = 9;

    private WorkloadBench() {
    }

    /**
     * Runs one workload and returns its timing.
     *
     * @param workload w1, w2, w3 or w4
     * @param dataDir  the folder with w2_circles.csv, w3_*.csv/json (../shared/bench/data); unused by {@code w1} and {@code w4}
     */
    public static BenchResult run(String workload, Path dataDir) {
        try {
            return switch (workload.toLowerCase(Locale.ROOT)) {
                case "w1" -> w1();
                case "w2" -> w2(dataDir);
                case "w3" -> w3(dataDir);
                case "w4" -> w4();
                default -> throw new IllegalArgumentException("unknown workload " + workload + ": use w1, w2, w3 or w4");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bench data in " + dataDir.toAbsolutePath(), e);
        }
    }

    // ---- w1: the seed's 2-2-1 sigmoid network, one sample ----

    static BenchResult w1() {
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(2, Activation.SIGMOID),
                new DenseSpec(1, Activation.SIGMOID)));
        List<DenseWeights> seedWeights = List.of(
                new DenseWeights(new double[][] {{0.3, 0.7}, {0.5, 0.2}}, new double[] {0.1, 0.1}),
                new DenseWeights(new double[][] {{0.4}, {0.6}}, new double[] {0.1}));
        TrainingData data = new TrainingData(new double[][] {{0.5, 0.8}}, new double[][] {{1.0}});
        Trainer trainer = new Trainer();
        RunControl control = new RunControl();
        double[] lastLoss = new double[1];
        TrainingListener listener = (m, n) -> lastLoss[0] = m.trainLoss();

        // JIT warm-up on networks of its own, then the reference protocol on a fresh one
        jitWarmUp(() -> Network.create(spec, seedWeights), data, w1Config(W1_JIT_WARMUP_STEPS), listener);
        Network network = Network.create(spec, seedWeights);
        trainer.fit(network, data, w1Config(W1_WARMUP_STEPS), listener, control);
        TrainingConfig repeat = w1Config(W1_STEPS);
        double[] usPerStep = new double[W1_REPEATS];
        double[] cpuUsPerStep = new double[W1_REPEATS];
        long bytesBefore = allocatedBytes();
        for (int r = 0; r < W1_REPEATS; r++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            trainer.fit(network, data, repeat, listener, control);
            usPerStep[r] = (System.nanoTime() - t0) / 1e3 / W1_STEPS;
            cpuUsPerStep[r] = (cpuNanos() - c0) / 1e3 / W1_STEPS;
        }
        long bytes = allocatedBytes() - bytesBefore;
        double median = median(usPerStep);
        return new BenchResult("w1", true, median, 1e6 / median, Math.round((double) bytes / (W1_REPEATS * W1_STEPS)),
                min(usPerStep), max(usPerStep), relativeIqr(usPerStep), W1_REPEATS, Double.NaN, lastLoss[0],
                MatrixProducts.implementationName(), median(cpuUsPerStep), min(cpuUsPerStep));
    }

    private static TrainingConfig w1Config(int steps) {
        return new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, steps, false, 0L);
    }

    // ---- w2: 2-8-8-1 tanh, batches of 10 ----

    static BenchResult w2(Path dir) throws IOException {
        double[][] rows = Csv.numeric(dir.resolve("w2_circles.csv"));
        double[][] x = new double[rows.length][];
        double[][] y = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = Arrays.copyOfRange(rows[i], 0, 2);
            y[i] = new double[] {rows[i][2]};
        }
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(8, Activation.TANH),
                new DenseSpec(8, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)));
        List<DenseWeights> weights = initialWeights(dir.resolve("w2_init_weights.json"));
        TrainingConfig config = new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.03), 10, 100, false, 0L);
        return timeEpochs("w2", () -> Network.create(spec, weights), new TrainingData(x, y), config, 1);
    }

    // ---- w3: 64-32-10 ReLU, batches of 32 ----

    static BenchResult w3(Path dir) throws IOException {
        double[][] rows = Csv.numeric(dir.resolve("w3_digits_train.csv"));
        JsonNode scaler = new ObjectMapper().readTree(dir.resolve("w3_scaler.json").toFile());
        double[][] x = new double[rows.length][64];
        double[][] y = new double[rows.length][10];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 64; j++) {
                // x' = (x − mean) / scale, fitted on the training file (bench_data.load_w3)
                x[i][j] = (rows[i][j] - scaler.get("mean").get(j).asDouble()) / scaler.get("scale").get(j).asDouble();
            }
            y[i][(int) rows[i][64]] = 1.0;
        }
        NetworkSpec spec = new NetworkSpec(64, List.of(new DenseSpec(32, Activation.RELU),
                new DenseSpec(10, Activation.SOFTMAX)));
        List<DenseWeights> weights = initialWeights(dir.resolve("w3_init_weights.json"));
        TrainingConfig config = new TrainingConfig(LossKind.CROSS_ENTROPY, AdamSpec.withDefaults(1e-3), 32, 50, false,
                0L);
        return timeEpochs("w3", () -> Network.create(spec, weights), new TrainingData(x, y), config, 1);
    }

    // ---- w4: 784-256-128-10 ReLU with dropout, batches of 64 ----

    static BenchResult w4() {
        int n = 10_000;
        int[] sizes = {784, 256, 128, 10};
        SplittableRandom dataRandom = new SplittableRandom(0);
        double[][] x = new double[n][784];
        double[][] y = new double[n][10];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 784; j++) {
                x[i][j] = dataRandom.nextDouble();
            }
        }
        for (int i = 0; i < n; i++) {
            y[i][dataRandom.nextInt(10)] = 1.0;
        }
        // U(−1/√fan_in, 1/√fan_in) for W and b, as torch_mlp.np_init
        SplittableRandom initRandom = new SplittableRandom(4);
        List<DenseWeights> weights = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            double bound = 1.0 / Math.sqrt(sizes[l]);
            double[][] w = new double[sizes[l]][sizes[l + 1]];
            double[] b = new double[sizes[l + 1]];
            for (double[] row : w) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = bound * (2.0 * initRandom.nextDouble() - 1.0);
                }
            }
            for (int j = 0; j < b.length; j++) {
                b[j] = bound * (2.0 * initRandom.nextDouble() - 1.0);
            }
            weights.add(new DenseWeights(w, b));
        }
        List<LayerSpec> layers = List.of(new DenseSpec(256, Activation.RELU), new DropoutSpec(0.5),
                new DenseSpec(128, Activation.RELU), new DropoutSpec(0.3), new DenseSpec(10, Activation.SOFTMAX));
        TrainingConfig config = new TrainingConfig(LossKind.CROSS_ENTROPY, AdamSpec.withDefaults(1e-3), 64, 6, true,
                0L);
        return timeEpochs("w4", () -> Network.create(new NetworkSpec(784, layers), weights), new TrainingData(x, y),
                config, 1);
    }

    // ---- timing ----

    /**
     * The JVM compiles the hot loops with its optimising compiler only after many calls, and in a
     * cold JVM that compiler is also busy with start-up code: without this, the first workload's
     * epochs would mostly time interpreted or lightly compiled code. The reference scripts' torch
     * has nothing to warm; their one untimed epoch stays in the protocol below.
     */
    static final long JIT_WARMUP_NANOS = 2_000_000_000L;

    // with the timed run's own listener: a listener of another class at the same call site would
    // make the JIT throw the compiled epoch away ("class_check") when the timed run starts
    private static void jitWarmUp(Supplier<Network> networks, TrainingData data, TrainingConfig config,
            TrainingListener listener) {
        long start = System.nanoTime();
        do {
            new Trainer().fit(networks.get(), data, config, listener, new RunControl());
        } while (System.nanoTime() - start < JIT_WARMUP_NANOS);
    }

    /**
     * A JIT warm-up on networks of its own (untimed, about {@link #JIT_WARMUP_NANOS}), then the
     * reference protocol on a fresh network: trains for config.epochs(), the first
     * {@code warmupEpochs} not timed (as torch_mlp.py).
     */
    private static BenchResult timeEpochs(String name, Supplier<Network> networks, TrainingData data,
            TrainingConfig config, int warmupEpochs) {
        Network network = networks.get();
        int epochs = config.epochs();
        double[] seconds = new double[epochs];
        long[] allocatedAtEnd = new long[epochs];
        long[] cpuAtEnd = new long[epochs];
        double[] lastLoss = new double[1];
        // allocated once; records into the arrays without allocating per epoch
        TrainingListener listener = (m, n) -> {
            cpuAtEnd[m.epoch() - 1] = cpuNanos();
            allocatedAtEnd[m.epoch() - 1] = allocatedBytes();
            seconds[m.epoch() - 1] = m.seconds();
            lastLoss[0] = m.trainLoss();
        };
        // the warm-up writes into the same arrays; the timed run overwrites them
        jitWarmUp(networks, data, config, listener);
        new Trainer().fit(network, data, config, listener, new RunControl());

        double[] timedMs = new double[epochs - warmupEpochs];
        double[] cpuMs = new double[epochs - warmupEpochs];
        for (int e = warmupEpochs; e < epochs; e++) {
            timedMs[e - warmupEpochs] = seconds[e] * 1e3;
            // from one epoch's report to the next: the epoch plus the (tiny) listener call
            cpuMs[e - warmupEpochs] = (cpuAtEnd[e] - cpuAtEnd[e - 1]) / 1e6;
        }
        int batchesPerEpoch = (data.rows() + config.batchSize() - 1) / config.batchSize();
        long bytes = allocatedAtEnd[epochs - 1] - allocatedAtEnd[warmupEpochs - 1];
        double median = median(timedMs);
        return new BenchResult(name, false, median, data.rows() / (median / 1e3),
                Math.round((double) bytes / ((long) batchesPerEpoch * (epochs - warmupEpochs))), min(timedMs),
                max(timedMs), relativeIqr(timedMs), timedMs.length, seconds[0] * 1e3, lastLoss[0],
                MatrixProducts.implementationName(), median(cpuMs), min(cpuMs));
    }

    private static List<DenseWeights> initialWeights(Path file) throws IOException {
        List<DenseWeights> weights = new ArrayList<>();
        for (JsonNode layer : new ObjectMapper().readTree(file.toFile()).get("layers")) {
            JsonNode w = layer.get("W");
            double[][] W = new double[w.size()][];
            for (int i = 0; i < W.length; i++) {
                W[i] = vector(w.get(i));
            }
            weights.add(new DenseWeights(W, vector(layer.get("b"))));
        }
        return weights;
    }

    private static double[] vector(JsonNode values) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i).asDouble();
        }
        return v;
    }

    /** This thread's CPU time so far, ns (excludes time the scheduler gave to other processes). */
    static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Bytes this thread has allocated so far (HotSpot's per-thread TLAB accounting). */
    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    // statistics as benchutil.summarize: median, min, max, (q3 − q1)/median
    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    static double relativeIqr(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        double q1 = s[Math.max(0, (n - 1) / 4)];
        double q3 = s[Math.min(n - 1, (3 * (n - 1) + 3) / 4)];
        return (q3 - q1) / median(values);
    }

    /** The bench's small numeric files: a header line, then comma-separated numbers. Not a general CSV reader. */
    static final class Csv {

        private Csv() {
        }

        static double[][] numeric(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            double[][] rows = new double[lines.size() - 1][];
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",");
                rows[i - 1] = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    // the files hold shortest round-trip decimals: parseDouble reads the exact doubles
                    rows[i - 1][j] = Double.parseDouble(cells[j].trim());
                }
            }
            return rows;
        }
    }
}
