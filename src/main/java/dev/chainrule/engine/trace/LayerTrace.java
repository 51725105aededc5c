package dev.chainrule.engine.trace;

import dev.chainrule.engine.spec.Activation;

/**
 * One dense layer in one update: {@code z = input·W + b}, {@code a = f(z)} forward, and backward
 * dL/da, da/dz and dL/dz per example (rows) and unit (columns).
 *
 * @param activation            the layer's activation
 * @param weights               W before the update, inputs × units
 * @param bias                  b before the update
 * @param input                 what W multiplied: the inputs, or the layer below's outputs after any dropout
 * @param inputMask             the dropout mask on {@code input} (0 or 1/(1 − rate)), or null without dropout
 * @param preActivation         z
 * @param output                a = f(z)
 * @param outputGradient        dL/da, or null when the loss differentiated through this (output) layer's activation
 * @param slope                 da/dz (the activation's derivative from its own backward code), or null for softmax
 *                              or when the loss differentiated through the activation
 * @param preActivationGradient dL/dz
 * @param inputGradient         dL/d(input), handed to the layer below; null for the first dense layer (nothing below learns)
 */
public record LayerTrace(Activation activation, double[][] weights, double[] bias, double[][] input,
        double[][] inputMask, double[][] preActivation, double[][] output, double[][] outputGradient,
        double[][] slope, double[][] preActivationGradient, double[][] inputGradient) {

    public int inputs() {
        return weights.length;
    }

    public int units() {
        return bias.length;
    }
}
