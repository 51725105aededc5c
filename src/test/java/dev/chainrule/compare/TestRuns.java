package dev.chainrule.compare;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.OptimizerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.EpochSummary;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Compared runs built in memory, for the tests of the room's computations and the page's state (no database, no training). */
public final class TestRuns {
    public static final List<LayerSpec> LAYERS = List.of(new DenseSpec(8, Activation.TANH), new DenseSpec(4, Activation.RELU),
            new DenseSpec(1, Activation.SIGMOID));

    private TestRuns() {
    }

    public static ComparedRun run(String title, List<LayerSpec> layers, OptimizerSpec optimizer, long seed, int plannedEpochs,
            List<EpochRecord> history) {
        ExperimentSpec spec = new ExperimentSpec(title, new ExperimentData(DataOptions.defaults(), "builtin:xor",
                "3f2a9c01deadbeef", null), layers, new TrainingConfig(LossKind.BCE, optimizer, 8, plannedEpochs, true, seed),
                Init.XAVIER, null);
        Run run = new Run(title, "{}", RunStatus.COMPLETED, Instant.EPOCH);
        return new ComparedRun(title, 1, new RunDetails(run, spec, history), EpochSummary.of(history), "XOR",
                "3f2a9c01deadbeef", 30, false, null);
    }

    static ComparedRun run(String title, List<LayerSpec> layers) {
        return run(title, layers, new SgdSpec(0.1, 0.5), 11, 3, List.of());
    }

    /** An epoch with only a validation loss (and the time since the start), the rest absent. */
    public static EpochRecord validationLoss(int epoch, Double loss, long elapsedMs) {
        return new EpochRecord(epoch, null, loss, null, null, null, new double[0], elapsedMs);
    }

    /** Epochs 1…n, each a second long, with training loss 1/epoch and gradient norms {epoch, 2·epoch}. */
    static List<EpochRecord> epochs(int n) {
        List<EpochRecord> history = new ArrayList<>();
        for (int e = 1; e <= n; e++) {
            history.add(new EpochRecord(e, 1.0 / e, null, 0.5, null, null, new double[] {e, 2.0 * e}, 1000L * e));
        }
        return history;
    }
}
