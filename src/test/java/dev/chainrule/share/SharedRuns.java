package dev.chainrule.share;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.training.RunLauncher;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs to share in tests: a small two-feature upload (different bytes for each salt) and a short run on it. */
public final class SharedRuns {
    private SharedRuns() {
    }

    /** A 40-row binary dataset x, y, label whose bytes depend on {@code salt}, uploaded by {@code owner}. */
    public static Dataset upload(DatasetService datasets, Visitor owner, String fileName, int salt) {
        StringBuilder csv = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 40; i++) {
            double x = (i % 8) - 3.5 + salt * 0.001;
            double y = (i / 8) - 2.0;
            csv.append(x).append(',').append(y).append(',').append(x * y > 0 ? "yes" : "no").append('\n');
        }
        return datasets.upload(owner, fileName, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A 3-epoch run of a 2-4-1 network on {@code datasetKey} with a validation share of 0.25. */
    public static long train(RunLauncher launcher, Visitor owner, String datasetKey, String title) {
        return train(launcher, owner, datasetKey, title, 3);
    }

    public static long train(RunLauncher launcher, Visitor owner, String datasetKey, String title, int epochs) {
        return launcher.launch(title, datasetKey, DataOptions.defaults().withStandardize(true).withValidation(0.25, 1),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, new SgdSpec(0.1, 0.5), 8, epochs, true, 11), Init.XAVIER, owner, null);
    }
}
