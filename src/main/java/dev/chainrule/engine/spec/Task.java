package dev.chainrule.engine.spec;

/**
 * What the targets mean ({@code data.task} in docs/FORMATS.md in the project); decides how accuracy is
 * measured. The loss alone cannot tell: {@code mse} is allowed for every task.
 */
public enum Task implements Ids {
    /** Real-valued targets: accuracy is not defined (null in the metrics). */
    REGRESSION,
    /** One output, 0/1 targets: an example is right when (prediction > 0.5) equals (target > 0.5). */
    BINARY,
    /** One-hot targets over two or more outputs: right when the argmax of prediction and target agree. */
    MULTICLASS;

    /** @throws IllegalArgumentException naming the valid ids when {@code id} is unknown */
    public static Task fromId(String id) {
        return Ids.fromId(Task.class, "task", id);
    }

    /** The task a loss implies when none is given: bce → binary, cross_entropy → multiclass, mse → regression. */
    public static Task impliedBy(LossKind loss) {
        return switch (loss) {
            case MSE -> REGRESSION;
            case BCE -> BINARY;
            case CROSS_ENTROPY -> MULTICLASS;
        };
    }
}
