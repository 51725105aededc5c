/**
 * The headless commands of the jar: {@code train} (an experiment JSON and a CSV in, the result
 * JSON out), {@code export} (the same as a PyTorch script, {@code experiment.pytorch}) and {@code bench}
 * (the engine's reference workloads). No web server and no database
 * start; exit codes are part of the contract (0 done, 2 bad input, 3 diverged, 1 anything else).
 *
 * <p>May use {@code experiment} (the format), {@code data}, the engine and {@code bench} only.
 */
package dev.chainrule.cli;
