package dev.chainrule.ui.seed;

/**
 * The worked example the product is built around: a 2-2-1 sigmoid network, one input
 * [0.5, 0.8] with target 1.0, trained with plain gradient descent at learning rate 0.1.
 */
final class SeedExample {
    static final double[][] W1 = {{0.3, 0.7}, {0.5, 0.2}};
    static final double[] B1 = {0.1, 0.1};
    static final double[][] W2 = {{0.4}, {0.6}};
    static final double[] B2 = {0.1};
    static final double[] INPUT = {0.5, 0.8};
    static final double TARGET = 1.0;
    static final double LEARNING_RATE = 0.1;
    static final int EPOCHS = 1000;

    private SeedExample() {
    }
}
