package dev.chainrule.engine.spec;

/** The training loss, by its id in the experiment format (docs/FORMATS.md in the project). */
public enum LossKind implements Ids {
    /** Mean squared error: mean over outputs per example, mean over examples per batch. */
    MSE,
    /** Binary cross-entropy on a sigmoid output, computed from the logits. */
    BCE,
    /** Softmax cross-entropy on a softmax output, computed from the logits; one-hot targets. */
    CROSS_ENTROPY;

    /** @throws IllegalArgumentException naming the valid ids when {@code id} is unknown */
    public static LossKind fromId(String id) {
        return Ids.fromId(LossKind.class, "loss", id);
    }
}
