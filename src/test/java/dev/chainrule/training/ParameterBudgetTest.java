package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's memory budget: the parameter limit is checked where runs start, before anything is stored. */
class ParameterBudgetTest {
    private static Visitor me() {
        return Visitor.person(1, "tester"); // no database here: nothing is stored
    }

    // nothing else is reached: the limit is checked before the run is stored or queued
    private final TrainingService training = new TrainingService(null, null, null, null, null, null, 100_000, 2_000_000, 64);

    @Test
    void aSixteenMillionParameterNetworkIsRefusedWithTheCountAndTheLimit() {
        ExperimentSpec big = spec(List.of(new DenseSpec(4096, Activation.RELU), new DenseSpec(4096, Activation.RELU),
                new DenseSpec(1, Activation.SIGMOID)));
        TrainingData twoFeatures = new TrainingData(new double[][] {{0.5, 0.8}}, new double[][] {{1}});

        assertThatThrownBy(() -> training.start(big, twoFeatures, null, new StartOptions(0, me(), null, null)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessage("This network has 16,797,697 parameters; this server trains at most 2,000,000. "
                        + "Use fewer or smaller layers.");
    }

    @Test
    void theW4NetworkIsWithinTheDefaultBudget() {
        NetworkSpec w4 = new NetworkSpec(784, List.of(new DenseSpec(256, Activation.RELU),
                new DenseSpec(128, Activation.RELU), new DenseSpec(10, Activation.SOFTMAX)));
        assertThat(w4.parameterCount()).isEqualTo(235_146);
        training.checkParameters(w4); // no exception
        assertThat(training.maxParameters()).isEqualTo(2_000_000);
    }

    private static ExperimentSpec spec(List<LayerSpec> layers) {
        var data = ExperimentData.inline("x1,x2,y\n0.5,0.8,1.0\n", DataOptions.defaults().withTarget("y"));
        return new ExperimentSpec("Big", data, layers,
                new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.1), 1, 10, false, 42), Init.HE, List.of());
    }
}
