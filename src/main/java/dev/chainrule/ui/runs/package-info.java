/**
 * The Runs page (search, filter, rename, delete, import a run or an experiment file) and one run's page
 * (settings, notes, curves, live while it trains; download as JSON or its history as CSV).
 */
package dev.chainrule.ui.runs;
