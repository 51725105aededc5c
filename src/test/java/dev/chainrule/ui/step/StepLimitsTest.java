package dev.chainrule.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepLimitsTest {

    @Test
    void threeHiddenLayersOfEightUnitsAreSmallEnoughDropoutNotCounted() {
        List<LayerSpec> layers = List.of(new DenseSpec(8, Activation.RELU), new DropoutSpec(0.2), new DenseSpec(8, Activation.RELU),
                new DenseSpec(8, Activation.TANH), new DenseSpec(3, Activation.SOFTMAX));
        assertThat(StepLimits.refusal(new NetworkSpec(8, layers))).isEmpty();
    }

    @Test
    void aWiderDeeperOrWiderInputNetworkIsRefusedWithItsShapeAndWhatToDo() {
        NetworkSpec wide = new NetworkSpec(2, List.of(new DenseSpec(12, Activation.RELU), new DenseSpec(1, Activation.SIGMOID)));
        NetworkSpec deep = new NetworkSpec(2, List.of(new DenseSpec(2, Activation.RELU), new DenseSpec(2, Activation.RELU),
                new DenseSpec(2, Activation.RELU), new DenseSpec(2, Activation.RELU), new DenseSpec(1, Activation.SIGMOID)));
        NetworkSpec manyInputs = new NetworkSpec(64, List.of(new DenseSpec(4, Activation.RELU), new DenseSpec(10, Activation.SOFTMAX)));

        assertThat(StepLimits.refusal(wide)).get().asString().contains("this one is 2-12-1")
                .endsWith("Make the network smaller to step through it.");
        assertThat(StepLimits.refusal(deep)).get().asString().contains("this one is 2-2-2-2-2-1");
        assertThat(StepLimits.refusal(manyInputs)).get().asString().contains("this one is 64-4-10");
    }
}
