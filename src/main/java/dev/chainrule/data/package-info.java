/**
 * Reading data: CSV bytes in, a typed {@link dev.chainrule.data.RawTable} out, with the column
 * profile the dataset screen shows, and the built-in datasets (CSV files shipped in the jar; the generated
 * ones, {@link dev.chainrule.data.SyntheticDataset}, drawn again with another noise level and seed).
 *
 * <pre>
 * bytes ──CsvImporter.parse──► RawTable ──DatasetProfile.of──► columns, types, statistics
 *                                 └──► data.prepare (encoding, splits) ──► the engine's TrainingData
 * </pre>
 *
 * Everything here is a pure function of its inputs: a refusal is a {@link dev.chainrule.data.DataFormatException}
 * with a one-line message for the user. May use java.*, Apache Commons CSV and the engine's value types only
 * (DataArchitectureTest); nothing here knows Spring, the database or the web.
 */
package dev.chainrule.data;
