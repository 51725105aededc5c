/**
 * Runs as they are stored: one {@link dev.chainrule.run.Run} per training of an experiment (its
 * spec JSON, status, title, notes, final metrics and weights, parent), its per-epoch history, and
 * the services that list, find, rename, annotate and delete runs. {@link dev.chainrule.run.RunStore}
 * is how a training run writes its progress: column by column, so a rename or a notes edit made
 * meanwhile is never overwritten. A run travels as a file in {@link dev.chainrule.run.RunExportJson}
 * ({@code chainrule-run/1}) and its history as {@link dev.chainrule.run.HistoryCsv};
 * {@link dev.chainrule.run.RunTransfer} downloads them for a run's owner and imports such a file as a finished run.
 * Runs are the owner's; a room above may let someone else read one, read-only and without its notes, by a
 * {@link dev.chainrule.run.RunGrant} bean ({@link dev.chainrule.run.RunService#readable}).
 *
 * <p>May use {@code experiment} (the format), {@code dataset} (names for the lists), the engine's
 * value types and Spring Data JDBC. Knows nothing of live runs or the web.
 */
package dev.chainrule.run;
