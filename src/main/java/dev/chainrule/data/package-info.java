/**
 * The data room: CSV bytes in, the engine's {@link dev.chainrule.engine.TrainingData} out.
 *
 * <pre>
 * bytes ──CsvImporter.parse──► RawTable ──DatasetProfile.of──► what the dataset screen shows
 *                                 │
 *                                 └──Preparation.prepare(table, DataOptions)──► PreparedData (train, validation, mappings)
 * </pre>
 *
 * Everything here is a pure function of its inputs: a refusal is a {@link dev.chainrule.data.DataFormatException}
 * with a one-line message for the user, and the same bytes and options give bit-identical arrays.
 * Only java.*, Apache Commons CSV and the engine's value types are used (DataArchitectureTest).
 */
package dev.chainrule.data;
