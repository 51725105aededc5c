/**
 * What happens to the gradients after backpropagation: clipping, weight decay, and the optimizers
 * (SGD with momentum, Adam with bias correction), each a fresh instance per run.
 */
package dev.chainrule.engine.optim;
