/**
 * Where training threads run and how they share the CPU: a bounded executor of run threads at a
 * lower OS priority (niceness 5, so pages answer first), taking turns on one CPU slot per core in
 * 50 ms slices, so eight runs on two cores all move while a ninth person's page still loads ({@code ThreadNiceness}
 * also sets the thread that stores their epochs as low as them). Both the
 * queue for a place to train and the wait for a CPU slot are fair between groups ({@link
 * dev.chainrule.training.pool.Share}: a class, or one person outside any class): a priority run first,
 * then the group served longest ago.
 *
 * <p>May use java.*, Spring's configuration and the engine's {@code RunControl}; nothing else of the project.
 */
package dev.chainrule.training.pool;
