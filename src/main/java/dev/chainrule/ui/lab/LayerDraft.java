package dev.chainrule.ui.lab;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.LayerSpec;

/**
 * A hidden layer while it is being edited: its fields may be empty or out of range, which a
 * {@link LayerSpec} never is. {@link #toSpec()} turns it into one, or says what is wrong.
 */
final class LayerDraft {
    enum Kind { DENSE, DROPOUT }

    /**
     * Softmax makes its units compete for one share of 1: it is how the output says which class,
     * and squeezes a hidden layer's signal for nothing. A design that has one (an imported
     * experiment) is shown as it is, with this message, so nothing changes without the person knowing.
     */
    static final String SOFTMAX_HIDDEN = "softmax belongs only on the output of a multi-class task; "
            + "choose another activation (tanh, relu, ...) for this hidden layer";

    final Kind kind;
    Integer units;
    Activation activation;
    Double rate;
    /** The field's message when its text is no number (then units or rate is null), e.g. "Enter a whole number". */
    String unreadable;

    private LayerDraft(Kind kind, Integer units, Activation activation, Double rate) {
        this.kind = kind;
        this.units = units;
        this.activation = activation;
        this.rate = rate;
    }

    /** A new dense layer with defaults that train the built-in datasets well. */
    static LayerDraft dense() {
        return new LayerDraft(Kind.DENSE, 8, Activation.TANH, null);
    }

    static LayerDraft dense(int units, Activation activation) {
        return new LayerDraft(Kind.DENSE, units, activation, null);
    }

    static LayerDraft dropout() {
        return new LayerDraft(Kind.DROPOUT, null, null, 0.2);
    }

    static LayerDraft of(LayerSpec spec) {
        if (spec instanceof DenseSpec d) {
            return dense(d.units(), d.activation());
        }
        return new LayerDraft(Kind.DROPOUT, null, null, ((DropoutSpec) spec).rate());
    }

    /** What the layer is now, as a value: the undo history keeps these, never the drafts the cards edit. */
    Values values() {
        return new Values(kind, units, activation, rate, unreadable);
    }

    /** A new draft with exactly these values (a new object, so each card drags its own). */
    static LayerDraft of(Values values) {
        LayerDraft draft = new LayerDraft(values.kind(), values.units(), values.activation(), values.rate());
        draft.unreadable = values.unreadable();
        return draft;
    }

    /** One hidden layer's values, compared by value (two drafts are never equal: a card finds its own). */
    record Values(Kind kind, Integer units, Activation activation, Double rate, String unreadable) {
    }

    String title() {
        return kind == Kind.DENSE ? "Dense" : "Dropout";
    }

    /** @throws IllegalArgumentException with the engine's message when a value is missing or out of range */
    LayerSpec toSpec() {
        if (kind == Kind.DENSE) {
            if (units == null) {
                throw new IllegalArgumentException(unreadable != null ? unreadable : "units must be a whole number");
            }
            if (activation == null) {
                throw new IllegalArgumentException("choose an activation");
            }
            if (activation == Activation.SOFTMAX) {
                throw new IllegalArgumentException(SOFTMAX_HIDDEN);
            }
            return new DenseSpec(units, activation);
        }
        if (rate == null) {
            throw new IllegalArgumentException(unreadable != null ? unreadable : "dropout rate must be a number");
        }
        return new DropoutSpec(rate);
    }
}
