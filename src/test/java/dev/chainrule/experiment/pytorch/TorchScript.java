package dev.chainrule.experiment.pytorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs an exported script as a learner would, under Debian's {@code /usr/bin/python3} with its
 * {@code python3-torch} (which {@code .ci/run} installs), and compares what it wrote with the engine's run.
 * Without torch, as without a browser for the browser tests: on a developer machine the test is skipped with how to
 * get it; in CI (the {@code CI} environment variable, which {@code .ci/run} sets) it fails.
 */
public final class TorchScript {
    static final String PYTHON = "/usr/bin/python3";
    /** Each epoch's loss and each final weight: |script − engine| ≤ max(1e-9·|engine|, 1e-12). */
    static final double RELATIVE = 1e-9;
    static final double ABSOLUTE_FLOOR = 1e-12;

    private TorchScript() {
    }

    /** Runs {@code script --out result.json} beside it (one Python start) and returns the result it wrote. */
    public static JsonNode run(Path script) throws IOException, InterruptedException {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(torchInstalled(),
                    "The PyTorch round trip needs Debian's python3-torch: apt-get install -y python3-torch");
        }
        Path result = script.resolveSibling("result.json");
        Path log = script.resolveSibling("python.log");
        ProcessBuilder python = new ProcessBuilder(List.of(PYTHON, script.toString(), "--out", result.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // one thread: the tests share the machine's cores, and the numbers do not depend on it
        python.environment().put("OMP_NUM_THREADS", "1");
        Process process = python.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the exported script ran for more than 3 minutes: " + tail(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (output.contains("No module named 'torch'")) {
            fail(PYTHON + " has no torch: install Debian's python3-torch (.ci/run does)");
        }
        assertThat(process.exitValue()).as("exit code of the exported script; its output:\n%s", tail(log)).isIn(0, 3);
        return new ObjectMapper().readTree(result.toFile());
    }

    private static Boolean torchInstalled;

    // asked once per test run: a Python start that imports torch takes about a second
    private static synchronized boolean torchInstalled() throws IOException, InterruptedException {
        if (torchInstalled == null) {
            Process probe = Files.isExecutable(Path.of(PYTHON))
                    ? new ProcessBuilder(PYTHON, "-c", "import torch").redirectErrorStream(true).start() : null;
            torchInstalled = probe != null && probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        }
        return torchInstalled;
    }

    /** The script's per-epoch training losses equal the engine's (and as many epochs). */
    public static void assertSameLosses(JsonNode script, List<Double> engine) {
        JsonNode epochs = script.get("epochs");
        assertThat(epochs).as("epochs the script trained").hasSize(engine.size());
        for (int e = 0; e < engine.size(); e++) {
            assertNear(epochs.get(e).get("trainLoss").asDouble(), engine.get(e), "epoch " + (e + 1) + " trainLoss");
        }
    }

    /** The script's epochs are the engine's: as many, each with the same training and validation loss. */
    public static void assertSameEpochs(JsonNode script, JsonNode engine) {
        List<Double> losses = new ArrayList<>();
        engine.forEach(e -> losses.add(e.get("trainLoss").asDouble()));
        assertSameLosses(script, losses);
        for (int e = 0; e < engine.size(); e++) {
            JsonNode expected = engine.get(e).get("validationLoss");
            JsonNode actual = script.get("epochs").get(e).get("validationLoss");
            assertThat(actual.isNull()).as("epoch %d has a validation loss", e + 1).isEqualTo(expected.isNull());
            if (!expected.isNull()) {
                assertNear(actual.asDouble(), expected.asDouble(), "epoch " + (e + 1) + " validationLoss");
            }
        }
    }

    /** The script's final weights equal {@code engine}'s, a result's {@code weights} each. */
    public static void assertSameWeights(JsonNode script, JsonNode engine) {
        assertThat(script.get("weights")).hasSameSizeAs(engine);
        for (int k = 0; k < engine.size(); k++) {
            JsonNode w = engine.get(k).get("W");
            for (int i = 0; i < w.size(); i++) {
                for (int j = 0; j < w.get(i).size(); j++) {
                    assertNear(script.get("weights").get(k).get("W").get(i).get(j).asDouble(), w.get(i).get(j).asDouble(),
                            "layer " + (k + 1) + " W[" + i + "][" + j + "]");
                }
            }
            JsonNode b = engine.get(k).get("b");
            for (int j = 0; j < b.size(); j++) {
                assertNear(script.get("weights").get(k).get("b").get(j).asDouble(), b.get(j).asDouble(),
                        "layer " + (k + 1) + " b[" + j + "]");
            }
        }
    }

    static void assertNear(double actual, double expected, String what) {
        double allowed = Math.max(RELATIVE * Math.abs(expected), ABSOLUTE_FLOOR);
        assertThat(Math.abs(actual - expected)).as("%s: script %s, engine %s", what, actual, expected)
                .isLessThanOrEqualTo(allowed);
    }

    private static String tail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        return text.length() > 3000 ? "…" + text.substring(text.length() - 3000) : text;
    }
}
