/**
 * One run on a page, live while it trains: {@link dev.chainrule.ui.run.RunPanel} (progress, decision
 * boundary, network diagram, curves; or the seed example's loss and prediction), used by the seed
 * page, the Lab, a run's page and a share page alike, and {@link dev.chainrule.ui.run.RunData}, the data a stored
 * run trained on. Follows its run through {@code component.RunFollower}.
 *
 * <p>May use {@code ui.component} and the services; no page package (the pages use this one).
 */
package dev.chainrule.ui.run;
