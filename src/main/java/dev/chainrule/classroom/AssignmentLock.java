package dev.chainrule.classroom;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A part of an experiment a teacher can lock, grouped as the Lab groups its settings. The validation share
 * and its split seed are no part here: they are always locked, as the assignment's metric is measured on the
 * held-out rows and would mean something else on another split.
 */
public enum AssignmentLock {
    /** The dataset picker: which data, a generated dataset's noise and data seed, and how its rows are prepared. */
    DATASET("dataset", "Dataset", "the dataset, its noise and data seed, and how its rows are prepared"),
    /** The loss of the training settings. */
    LOSS("loss", "Loss", "the loss"),
    /** The Network tab: the computed inputs and the hidden layers (the output layer follows from the dataset). */
    NETWORK("network", "Network", "the computed inputs and the hidden layers"),
    /** The optimizer and its settings: learning rate, momentum, β1 and β2. */
    OPTIMIZER("optimizer", "Optimizer", "the optimizer, its learning rate, momentum, β1 and β2"),
    /** The rest of the training settings. */
    TRAINING("training", "Rest of training",
            "batches, epochs, gradient clipping, weight decay, L1, initial weights, seed and early stopping");

    private final String id;
    private final String label;
    private final String covers;

    AssignmentLock(String id, String label, String covers) {
        this.id = id;
        this.label = label;
        this.covers = covers;
    }

    /** How the database and links name it: "dataset". */
    public String id() {
        return id;
    }

    /** A checkbox's label: "Dataset". */
    public String label() {
        return label;
    }

    /** What locking it keeps as the teacher set it, for a checkbox's helper text. */
    public String covers() {
        return covers;
    }

    static String write(Set<AssignmentLock> locks) {
        return locks.stream().sorted().map(AssignmentLock::id).collect(Collectors.joining(","));
    }

    /** The locks a row names; an id no longer known is left out (an older version wrote it). */
    static Set<AssignmentLock> read(String ids) {
        Set<AssignmentLock> locks = EnumSet.noneOf(AssignmentLock.class);
        for (String id : ids.split(",")) {
            byId(id.strip()).ifPresent(locks::add);
        }
        return locks;
    }

    static Optional<AssignmentLock> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
