/**
 * Where training threads run and how they share the CPU: a bounded executor of run threads at a
 * lower OS priority (niceness 10, so pages answer first), taking turns on one CPU slot per core in
 * 50 ms slices, so eight runs on two cores all move while a ninth person's page still loads.
 *
 * <p>May use java.*, Spring's configuration and the engine's {@code RunControl}; nothing else of the project.
 */
package dev.chainrule.training.pool;
