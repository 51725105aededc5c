/**
 * Losses and their gradients with respect to the network's output: mean squared error,
 * sigmoid + binary cross-entropy and softmax + cross-entropy (both fused, numerically stable).
 */
package dev.chainrule.engine.loss;
