package dev.chainrule.engine.spec;

import dev.chainrule.engine.Network;

/** How a network's first weights are chosen (docs/FORMATS.md in the project, {@code training.init}). */
public enum Init implements Ids {
    /** Glorot &amp; Bengio 2010, uniform: W ~ U(-a, a), a = sqrt(6 / (fanIn + fanOut)); biases 0. */
    XAVIER,
    /** He et al. 2015, uniform (PyTorch's kaiming_uniform_): W ~ U(-a, a), a = sqrt(6 / fanIn); biases 0. */
    HE,
    /** The weights come with the experiment; see {@link Network#create(NetworkSpec, java.util.List)}. */
    EXPLICIT;

    /** @throws IllegalArgumentException naming the valid ids when {@code id} is unknown */
    public static Init fromId(String id) {
        return Ids.fromId(Init.class, "init", id);
    }
}
