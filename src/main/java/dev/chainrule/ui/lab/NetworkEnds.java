package dev.chainrule.ui.lab;

import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Task;

/**
 * What the data fixes at both ends of the network the builder draws: the input width (with its label on the input
 * card) and the output layer (with the task's name on the output card). Kept apart from {@link NetworkBuilder} so that
 * the rule for the output layer, the one a person cannot edit, reads in one place.
 */
record NetworkEnds(int inputs, String inputLabel, DenseSpec output, String outputLabel) {
    /** Before any data: two features and a yes-or-no answer, as the Lab's first dataset has. */
    static final NetworkEnds FIRST = new NetworkEnds(2, "2 features", new DenseSpec(1, Activation.SIGMOID), "binary");

    /** The output layer the task needs: one linear unit, one sigmoid, or a softmax only for several classes. */
    static NetworkEnds of(int inputs, String inputLabel, Task task, int classes) {
        DenseSpec output = switch (task) {
            case REGRESSION -> new DenseSpec(1, Activation.LINEAR);
            case BINARY -> new DenseSpec(1, Activation.SIGMOID);
            case MULTICLASS -> new DenseSpec(classes, Activation.SOFTMAX);
        };
        return new NetworkEnds(inputs, inputLabel, output, task.id());
    }
}
