/**
 * The engine's benchmark: the four reference workloads of the shared bench folder, timed after a
 * JIT warm-up, one JSON line each, for the {@code bench} command. Measures; asserts nothing.
 *
 * <p>May use the engine and {@code data} only.
 */
package dev.chainrule.bench;
