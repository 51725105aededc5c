/**
 * Preparing a table for training: the target and task, missing values, one-hot and standardised
 * features, the seeded train/validation split. {@code Preparation.prepare(table, DataOptions)}
 * gives {@link dev.chainrule.data.prepare.PreparedData}: the engine's training and validation
 * data plus the mappings that turn predictions back into labels. The same bytes and options give
 * bit-identical arrays, which is what makes a run repeatable.
 *
 * <p>May use {@code data} (the table) and the engine's value types; nothing else of the project.
 */
package dev.chainrule.data.prepare;
