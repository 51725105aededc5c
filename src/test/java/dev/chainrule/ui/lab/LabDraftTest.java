package dev.chainrule.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.seed.SeedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** What a person sets up in the Lab is there again after a reload (a new UI) and after visiting another page. */
@Import(AbstractAppTest.SynchronousTraining.class)
class LabDraftTest extends AbstractAppTest {

    @BeforeEach
    void aDesignOfOnesOwn() {
        UI.getCurrent().navigate(LabView.class);
        choose("Dataset", "XOR");
        _setValue(_find(NumberInput.class, s -> s.withLabel("Units")).get(0), "24");
        _click(_get(Button.class, s -> s.withText("Add Dropout")));
        _setValue(_get(NumberInput.class, s -> s.withLabel("Learning rate")), "0.05");
        choose("Optimizer", "SGD (momentum)");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "XOR, <b>wide</b> first layer");
        choose("Speed", "10 epochs/s");
    }

    @Test
    void theDraftSurvivesAReload() {
        UI before = UI.getCurrent();
        reload();
        assertThat(UI.getCurrent()).as("a new UI, as after a browser's reload").isNotSameAs(before);

        assertTheDesignIsBack();
    }

    @Test
    void theDraftSurvivesAVisitToAnotherPage() {
        UI.getCurrent().navigate(SeedView.class);
        assertThat(_find(LabView.class)).isEmpty();
        UI.getCurrent().navigate(LabView.class);

        assertTheDesignIsBack();
    }

    @Test
    void aFieldThatCannotBeTrainedKeepsTheLastGoodDraft() {
        _setValue(_get(NumberInput.class, s -> s.withLabel("Learning rate")), "-1");
        reload();

        assertThat(_get(NumberInput.class, s -> s.withLabel("Learning rate")).getNumber()).isEqualTo(0.05);
        assertThat(label("Dataset")).isEqualTo("XOR");
    }

    @Test
    void aLinkToARunThatIsNotThereLeavesTheDraft() {
        UI.getCurrent().navigate(LabView.class, QueryParameters.of(LabView.FROM, "no-such-run"));
        // a link that leads nowhere opens nothing: the draft stays
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue()).isEqualTo("XOR, <b>wide</b> first layer");
    }

    private static void assertTheDesignIsBack() {
        assertThat(label("Dataset")).isEqualTo("XOR");
        assertThat(_find(Span.class, s -> s.withClasses("layer-title")).stream().map(Span::getText).toList())
                .containsExactly("Layer 1 · Dense", "Layer 2 · Dense", "Layer 3 · Dropout");
        assertThat(_find(NumberInput.class, s -> s.withLabel("Units")).get(0).getWholeNumber()).isEqualTo(24);
        assertThat(_get(NumberInput.class, s -> s.withLabel("Learning rate")).getNumber()).isEqualTo(0.05);
        assertThat(label("Optimizer")).isEqualTo("SGD (momentum)");
        // typed text comes back as it was typed, as text
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue()).isEqualTo("XOR, <b>wide</b> first layer");
        assertThat(label("Speed")).isEqualTo("10 epochs/s");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(String select) {
        Select s = _get(Select.class, spec -> spec.withLabel(select));
        return s.getValue() == null ? null : (String) s.getItemLabelGenerator().apply(s.getValue());
    }
}
