/** The Runs page (search, filter, rename, delete) and one run's page (settings, notes, curves, live while it trains). */
package dev.chainrule.ui.runs;
