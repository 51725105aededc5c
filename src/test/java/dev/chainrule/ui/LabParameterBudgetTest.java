package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.ui.lab.LabView;
import dev.chainrule.ui.lab.NetworkBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** The Lab says, before Train, that a network is over the server's parameter budget. */
@Import(AbstractAppTest.SynchronousTraining.class)
class LabParameterBudgetTest extends AbstractAppTest {

    @Test
    void aNetworkOverTheBudgetIsRefusedInTheSummaryAndCannotBeTrained() {
        UI.getCurrent().navigate(LabView.class);
        NetworkBuilder builder = _get(NetworkBuilder.class);
        builder.setHiddenLayers(List.<LayerSpec>of(new DenseSpec(4096, Activation.RELU),
                new DenseSpec(4096, Activation.RELU)));

        Span summary = _get(Span.class, spec -> spec.withClasses("network-summary"));
        assertThat(summary.getText()).isEqualTo("This network has 16,797,697 parameters; "
                + "this server trains at most 2,000,000. Use fewer or smaller layers.");
        assertThat(summary.hasClassName("invalid")).isTrue();
        assertThat(_get(Button.class, spec -> spec.withText("Train")).isEnabled()).isFalse();

        builder.setHiddenLayers(List.<LayerSpec>of(new DenseSpec(256, Activation.RELU)));
        assertThat(summary.getText()).isEqualTo("1,025 parameters to learn"); // 2·256+256 + 256·1+1
        assertThat(_get(Button.class, spec -> spec.withText("Train")).isEnabled()).isTrue();
    }
}
