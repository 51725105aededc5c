package dev.chainrule.engine.spec;

/** One entry of {@link NetworkSpec#layers()}: a dense layer or a dropout layer. */
public sealed interface LayerSpec permits DenseSpec, DropoutSpec {
}
