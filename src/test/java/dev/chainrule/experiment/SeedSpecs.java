package dev.chainrule.experiment;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.List;

/** Test fixture: the seed example as an experiment, its one row carried inline. */
public final class SeedSpecs {
    private SeedSpecs() {
    }

    /** The seed's 2-2-1 sigmoid network, learning rate 0.1, trained for {@code epochs} epochs. */
    public static ExperimentSpec seedSpec(int epochs) {
        var layers = List.<LayerSpec>of(new DenseSpec(2, Activation.SIGMOID), new DenseSpec(1, Activation.SIGMOID));
        var weights = List.of(new DenseWeights(new double[][] {{0.3, 0.7}, {0.5, 0.2}}, new double[] {0.1, 0.1}),
                new DenseWeights(new double[][] {{0.4}, {0.6}}, new double[] {0.1}));
        var data = ExperimentData.inline("x1,x2,y\n0.5,0.8,1.0\n",
                DataOptions.defaults().withTarget("y").withTask(Task.REGRESSION));
        return new ExperimentSpec("Seed", data, layers,
                new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, epochs, false, 42), Init.EXPLICIT, weights);
    }
}
