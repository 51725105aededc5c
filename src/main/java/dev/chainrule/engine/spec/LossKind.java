package dev.chainrule.engine.spec;

/** The training loss, by its id in the experiment format (docs/FORMATS.md in the project). */
public enum LossKind {
    /** Mean squared error: mean over outputs per example, mean over examples per batch. */
    MSE("mse"),
    /** Binary cross-entropy on a sigmoid output, computed from the logits. */
    BCE("bce"),
    /** Softmax cross-entropy on a softmax output, computed from the logits; one-hot targets. */
    CROSS_ENTROPY("cross_entropy");

    private final String id;

    LossKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the valid ids when {@code id} is unknown */
    public static LossKind fromId(String id) {
        return Ids.fromId(LossKind.class, "loss", id, LossKind::id);
    }
}
