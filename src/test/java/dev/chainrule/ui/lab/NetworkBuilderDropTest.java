package dev.chainrule.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.ui.component.NumberInput;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where a dragged layer lands: before or after a card by the half it is dropped on, first on Input, last on Output, gone outside. */
class NetworkBuilderDropTest extends BuilderTesting {
    @BeforeEach
    void threeLayersOfDifferentSizes() {
        // 4 and 6 units tell the two default layers apart; a dropout after them
        _setValue(_find(card(1), NumberInput.class).get(0), "4");
        _setValue(_find(card(2), NumberInput.class).get(0), "6");
        drag(paletteCard("dropout"), endCard("layer-output"));
        assertThat(layers()).containsExactly(dense(4), dense(6), new DropoutSpec(0.2));
    }

    @Test
    void aNewLayerDroppedOnTheUpperHalfOfACardGoesBeforeIt() {
        drag(paletteCard("dense"), half(2, "before"));

        assertThat(layers()).containsExactly(dense(4), dense(8), dense(6), new DropoutSpec(0.2));
        assertThat(titles()).containsExactly("Layer 1 · Dense", "Layer 2 · Dense", "Layer 3 · Dense", "Layer 4 · Dropout");
    }

    @Test
    void aNewLayerDroppedOnTheLowerHalfOfACardGoesAfterIt() {
        drag(paletteCard("dense"), half(2, "after"));

        assertThat(layers()).containsExactly(dense(4), dense(6), dense(8), new DropoutSpec(0.2));
    }

    @Test
    void aCardMovesBeforeOrAfterAnotherByTheHalfItLandsOn() {
        drag(card(3), half(1, "after"));
        assertThat(layers()).containsExactly(dense(4), new DropoutSpec(0.2), dense(6));

        drag(card(1), half(3, "after"));
        assertThat(layers()).containsExactly(new DropoutSpec(0.2), dense(6), dense(4));

        drag(card(3), half(1, "before"));
        assertThat(layers()).containsExactly(dense(4), new DropoutSpec(0.2), dense(6));
    }

    @Test
    void aCardDroppedOnItselfStaysWhereItIsAndLeavesNothingToUndo() {
        drag(card(2), half(2, "after"));
        drag(card(2), half(2, "before"));

        assertThat(layers()).containsExactly(dense(4), dense(6), new DropoutSpec(0.2));
        builder.undo(); // the one edit before: the dropout added in the set-up
        assertThat(layers()).containsExactly(dense(4), dense(6));
    }

    @Test
    void droppedOnOutputALayerGoesLastAndOnInputFirst() {
        drag(card(1), endCard("layer-output"));
        assertThat(layers()).containsExactly(dense(6), new DropoutSpec(0.2), dense(4));

        drag(paletteCard("dropout"), endCard("layer-input"));
        assertThat(layers()).containsExactly(new DropoutSpec(0.2), dense(6), new DropoutSpec(0.2), dense(4));
    }

    @Test
    void theGapsBetweenCardsStillTakeDrops() {
        List<Div> gaps = _find(Div.class, spec -> spec.withClasses("drop-zone"));
        assertThat(gaps).hasSize(4); // before the first layer, and after each

        drag(paletteCard("dense"), gaps.get(1));
        assertThat(layers()).containsExactly(dense(4), dense(8), dense(6), new DropoutSpec(0.2));
    }

    @Test
    void aCardDraggedOutOfTheStackIsRemovedAndTheRemovalCanBeUndone() {
        dragOut(card(2));

        assertThat(layers()).containsExactly(dense(4), new DropoutSpec(0.2));
        assertThat(note()).isEqualTo("Layer 2 (Dense) was dragged out of the network and removed."
                + " Undo (Ctrl+Z) brings it back.");
        builder.undo();
        assertThat(layers()).containsExactly(dense(4), dense(6), new DropoutSpec(0.2));
        assertThat(note()).isEmpty();
    }

    @Test
    void aCardDroppedOnThePaletteIsRemovedButAPaletteCardDraggedOutAddsNothing() {
        drag(card(1), _get(HorizontalLayout.class, spec -> spec.withClasses("layer-palette")));
        assertThat(layers()).containsExactly(dense(6), new DropoutSpec(0.2));

        dragOut(paletteCard("dense"));
        assertThat(layers()).containsExactly(dense(6), new DropoutSpec(0.2));
    }

    @Test
    void aFullStackRefusesANewLayerAndSaysWhy() {
        for (int i = 3; i < HiddenLayers.MAX; i++) {
            drag(paletteCard("dense"), endCard("layer-output"));
        }
        drag(paletteCard("dense"), half(1, "before"));

        assertThat(layers()).hasSize(HiddenLayers.MAX).startsWith(dense(4));
        assertThat(note()).isEqualTo("At most 8 hidden layers: remove one first.");
        drag(card(8), half(1, "before")); // moving within a full stack is still fine
        assertThat(layers()).startsWith(dense(8), dense(4));
    }

    private static DenseSpec dense(int units) {
        return new DenseSpec(units, Activation.TANH);
    }
}
