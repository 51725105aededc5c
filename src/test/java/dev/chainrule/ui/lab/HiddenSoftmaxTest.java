package dev.chainrule.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Softmax belongs to the output of a multi-class task: never offered for a hidden layer, never silently changed. */
class HiddenSoftmaxTest extends BuilderTesting {
    @Test
    void aHiddenLayerDoesNotOfferSoftmax() {
        assertThat(activation(1).getListDataView().getItems())
                .containsExactly(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU, Activation.LINEAR);
    }

    @Test
    void theOutputFollowsTheTask() {
        builder.setData(2, "2 inputs", Task.MULTICLASS, 3);
        assertThat(builder.spec().orElseThrow().layers()).last().isEqualTo(new DenseSpec(3, Activation.SOFTMAX));
        builder.setData(2, "2 inputs", Task.BINARY, 2);
        assertThat(builder.spec().orElseThrow().layers()).last().isEqualTo(new DenseSpec(1, Activation.SIGMOID));
        builder.setData(2, "2 inputs", Task.REGRESSION, 0);
        assertThat(builder.spec().orElseThrow().layers()).last().isEqualTo(new DenseSpec(1, Activation.LINEAR));
    }

    @Test
    void anOpenedDesignWithAHiddenSoftmaxShowsItWithWhyAndCannotTrainUntilChanged() {
        builder.setHiddenLayers(List.of(new DenseSpec(4, Activation.RELU), new DenseSpec(5, Activation.SOFTMAX)));

        Select<Activation> select = activation(2);
        assertThat(select.getValue()).isEqualTo(Activation.SOFTMAX); // shown as it is
        assertThat(select.isInvalid()).isTrue();
        assertThat(select.getErrorMessage()).isEqualTo(LayerDraft.SOFTMAX_HIDDEN);
        assertThat(summary()).isEqualTo("Layer 2: softmax belongs only on the output of a multi-class task; "
                + "choose another activation (tanh, relu, ...) for this hidden layer");
        assertThat(builder.spec()).isEmpty();

        choose(select, Activation.TANH);

        assertThat(select.isInvalid()).isFalse();
        assertThat(builder.spec()).isPresent();
        assertThat(activation(1).getListDataView().getItems()).doesNotContain(Activation.SOFTMAX);
    }
}
