/**
 * The engine: a {@link dev.chainrule.engine.Network} of layers and the
 * {@link dev.chainrule.engine.Trainer} that fits it with backpropagation, one readable loop per
 * epoch (shuffle, then per batch forward, loss, backward, clip, step; then validation, metrics,
 * early stopping). {@link dev.chainrule.engine.RunControl} lets another thread pause, step and
 * stop a run between batches.
 *
 * <p>The engine knows no framework: java.*, EJML and the netlib BLAS only, no Spring, web, JSON,
 * database or file I/O (EngineArchitectureTest), so a test, the web service and the headless
 * command drive it alike. Sub-packages: {@code spec} (what a run is made of), {@code layer},
 * {@code loss}, {@code optim}, {@code linalg} (the matrix products).
 */
package dev.chainrule.engine;
