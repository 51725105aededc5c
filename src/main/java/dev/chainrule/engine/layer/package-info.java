/**
 * Layers with their forward and backward passes: {@code Dense} (z = x·W + b, W inputs × units as in
 * the seed's arrays, then an activation) and {@code Dropout}; the activation functions and their
 * derivatives; {@code Parameter} (a value and its gradient). Mutable, one instance per run.
 */
package dev.chainrule.engine.layer;
