/**
 * The Runs page (search, filter, rename, delete, import a run or an experiment file, tick runs to
 * compare them) and one run's page (settings, notes, curves, live while it trains; download as JSON or
 * its history as CSV; compare it with its parent or other runs, repeat it with other seeds).
 */
package dev.chainrule.ui.runs;
