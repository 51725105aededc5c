package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.component.TextTable;
import dev.chainrule.ui.gradcheck.GradientCheckPanel;
import dev.chainrule.ui.lab.LabView;
import dev.chainrule.ui.lab.NetworkBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** "Gradient check" on the seed page and in the Lab: one click, the check of what the page shows. */
class GradientCheckViewTest extends AbstractAppTest {

    @Test
    void theSeedPagesCheckShowsTheOraclesGradientsAndPasses() {
        UI.getCurrent().navigate("");

        _click(_get(Button.class, spec -> spec.withText("Gradient check")));

        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(summary()).startsWith("Passed: all 9 weights and biases agree with the central difference");
        assertThat(paragraphs()).contains("Checked: the 2-2-1 network (sigmoid, sigmoid) at its initial weights, loss mse, "
                + "on the first batch of the first epoch: 1 example. Loss at these weights: 0.10270716914594588.");
        // backpropagation's column against seed_oracle.json's gradients (numpy float64)
        Map<String, Double> backprop = _get(TextTable.class).getRows().stream().collect(Collectors.toMap(
                TextTable.Row::key, r -> Double.parseDouble(r.cells().get(1).text())));
        assertThat(backprop.get("W1[1,1]")).isCloseTo(-0.006290952595764433, within(1e-15));
        assertThat(backprop.get("W1[2,2]")).isCloseTo(-0.015283594998534432, within(1e-15));
        assertThat(backprop.get("b1[2]")).isCloseTo(-0.019104493748168038, within(1e-15));
        assertThat(backprop.get("W2[2,1]")).isCloseTo(-0.09044167316687333, within(1e-15));
        assertThat(backprop.get("b2[1]")).isCloseTo(-0.13958323488264582, within(1e-15));
    }

    @Test
    void aVisitorWithoutAnAccountChecksTheSeedExampleToo() {
        logOut();
        UI.getCurrent().navigate("");

        _click(_get(Button.class, spec -> spec.withText("Gradient check")));

        assertThat(summary()).startsWith("Passed: all 9 weights");
    }

    @Test
    void theSeedPageChecksTheWeightsInTheFormAndRefusesAWrongOneBesideIt() {
        UI.getCurrent().navigate("");
        NumberInput w = _get(NumberInput.class, spec -> spec.withLabel("W2[1,1]"));
        _setValue(w, "abc");

        _click(_get(Button.class, spec -> spec.withText("Gradient check")));

        _assertNone(Dialog.class);
        assertThat(w.isInvalid()).isTrue();
    }

    @Test
    void theLabChecksItsNetworkOnTheFirstBatchItWouldTrainOn() {
        UI.getCurrent().navigate(LabView.class);

        _clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("lab-inspect")), "Gradient check");

        assertThat(summary()).startsWith("Passed:").contains("105 weights and biases"); // 2·8+8 + 8·8+8 + 8·1+1
        assertThat(_get(TextTable.class).getRows()).hasSize(105);
        assertThat(paragraphs()).anyMatch(p -> p.startsWith("Checked: the 2-8-8-1 network (")
                && p.contains("on the first batch of the first epoch (shuffled): 16 examples."));
    }

    @Test
    void theLabRefusesANetworkTooLargeToCheckWithWhatToDo() {
        UI.getCurrent().navigate(LabView.class);
        _get(NetworkBuilder.class).setHiddenLayers(List.<LayerSpec>of(new DenseSpec(100, Activation.TANH),
                new DenseSpec(100, Activation.TANH)));

        _clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("lab-inspect")), "Gradient check");

        _assertNone(Dialog.class);
        expectNotifications("The gradient check changes each weight and bias in turn: this network has 10,501 of them, "
                + "the check takes at most 5,000. Make the hidden layers narrower or fewer to check it.");
    }

    @Test
    void theLabSaysWhichSettingStopsTheCheck() {
        UI.getCurrent().navigate(LabView.class);
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Learning rate")), "0");

        _clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("lab-inspect")), "Gradient check");

        _assertNone(Dialog.class);
        expectNotifications("Nothing checked: check Learning rate (the message is beside the field).");
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withClasses("gradient-check-summary")).getText();
    }

    private static List<String> paragraphs() {
        return _get(GradientCheckPanel.class).getChildren().filter(c -> c instanceof Paragraph)
                .map(c -> ((Paragraph) c).getText()).toList();
    }
}
