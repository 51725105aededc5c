package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pause, resume, step and stop from a second thread; every wait is bounded. */
@Timeout(30)
class RunControlTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final TrainingData XOR = new TrainingData(
            new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});

    private final ExecutorService trainingThread = Executors.newSingleThreadExecutor();
    private final RunControl control = new RunControl();
    private final List<Integer> epochsSeen = new CopyOnWriteArrayList<>();

    @AfterEach
    void release() throws InterruptedException {
        control.requestStop();
        trainingThread.shutdown();
        assertThat(trainingThread.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private Future<TrainingResult> startTraining(int epochs) {
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(4, Activation.TANH),
                new DenseSpec(1, Activation.SIGMOID)));
        TrainingConfig config = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.5), 1, epochs, false, 0);
        return trainingThread.submit(() -> new Trainer().fit(Network.create(spec, Init.XAVIER, 1), XOR, config,
                (m, n) -> epochsSeen.add(m.epoch()), control));
    }

    // polls without sleeping long, so a test is as fast as the trainer allows
    private static void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting until " + what).isLessThan(deadline);
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    @Test
    void aRunPausedBeforeItStartsWaitsThenStepsOneEpochAtATime() throws Exception {
        control.pause();
        Future<TrainingResult> run = startTraining(5);
        eventually(control::isWaiting, "the trainer waits before epoch 1");
        assertThat(epochsSeen).isEmpty();

        control.step();
        eventually(() -> epochsSeen.size() == 1 && control.isWaiting(), "one epoch ran and the trainer waits again");
        control.step();
        control.step();
        eventually(() -> epochsSeen.size() == 3 && control.isWaiting(), "two steps ran two epochs");
        assertThat(control.isPaused()).isTrue();

        control.resume();
        TrainingResult result = run.get(10, TimeUnit.SECONDS);
        assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(epochsSeen).containsExactly(1, 2, 3, 4, 5);
        assertThat(control.isPaused()).isFalse();
    }

    @Test
    void aPauseDuringTheRunTakesEffectAtTheNextEpochBoundary() throws Exception {
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(4, Activation.TANH),
                new DenseSpec(1, Activation.SIGMOID)));
        TrainingConfig config = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.5), 1, 10, false, 0);
        Future<TrainingResult> run = trainingThread.submit(() -> new Trainer().fit(
                Network.create(spec, Init.XAVIER, 1), XOR, config, (m, n) -> {
                    epochsSeen.add(m.epoch());
                    if (m.epoch() == 3) {
                        control.pause();
                    }
                }, control));

        eventually(control::isWaiting, "the trainer waits after epoch 3");
        assertThat(epochsSeen).containsExactly(1, 2, 3);
        assertThat(run.isDone()).isFalse();

        control.resume();
        assertThat(run.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(epochsSeen).hasSize(10);
    }

    @Test
    void aStopReleasesAPausedRun() throws Exception {
        control.pause();
        Future<TrainingResult> run = startTraining(5);
        control.step();
        eventually(() -> epochsSeen.size() == 1 && control.isWaiting(), "the trainer waits after one step");

        control.requestStop();

        TrainingResult result = run.get(10, TimeUnit.SECONDS);
        assertThat(result).isEqualTo(new TrainingResult(RunOutcome.STOPPED, 1, "stopped on request after 1 epochs"));
        assertThat(control.isWaiting()).isFalse();
    }

    @Test
    void aPauseDropsStepsNotYetTaken() {
        control.pause();
        control.step();
        control.step();
        control.pause();
        startTraining(5);

        eventually(control::isWaiting, "the trainer waits before epoch 1");
        assertThat(epochsSeen).isEmpty();
    }

    @Test
    void theTrainingThreadSaysWhenItStopsForAPauseAndWhenItGoesOnButNotForAStepEpoch() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        control.setPauseListener(new RunControl.PauseListener() {
            @Override
            public void pausing() {
                heard.add("pausing after " + epochsSeen.size() + (control.isWaiting() ? " (already waiting)" : ""));
            }

            @Override
            public void continuing() {
                heard.add("continuing after " + epochsSeen.size());
            }
        });
        control.pause();
        Future<TrainingResult> run = startTraining(4);
        eventually(control::isWaiting, "the trainer waits before epoch 1");
        control.step();
        eventually(() -> epochsSeen.size() == 1 && control.isWaiting(), "one epoch ran and the trainer waits again");
        control.resume();
        assertThat(run.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(RunOutcome.COMPLETED);

        // told before it waits, on its own thread; each wait ends with "continuing"; a running epoch tells nothing
        assertThat(heard).containsExactly("pausing after 0", "continuing after 0", "pausing after 1", "continuing after 1");
    }
}
