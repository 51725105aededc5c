/**
 * The web app (Vaadin Flow): the main layout with its menu, and one sub-package per page or
 * feature ({@code seed}, {@code lab}, {@code runs}, {@code datasets}) plus {@code run} (the live
 * run panel) and {@code component} (charts, the network diagram, following a run) shared by them. Views call services
 * ({@code run}, {@code training}, {@code dataset}); never repositories or the trainer.
 */
package dev.chainrule.ui;
