package dev.chainrule.experiment;

import dev.chainrule.data.CsvImporter;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.data.prepare.PreparedData;
import java.nio.charset.StandardCharsets;

/**
 * Turns an experiment's data into what the engine trains on, always through the one CSV
 * importer: rows carried inside the experiment, or the bytes of a dataset or file.
 */
public final class DataPreparation {
    private DataPreparation() {
    }

    /** @throws DataFormatException when the experiment carries no rows, or they cannot be read */
    public static PreparedData prepareInline(ExperimentData data) {
        if (data.inlineCsv() == null) {
            throw new DataFormatException("This experiment carries no rows of its own: give it a dataset or a CSV file.");
        }
        return prepare(data, data.inlineCsv().getBytes(StandardCharsets.UTF_8), "inline data", ImportLimits.DEFAULTS);
    }

    /** @throws DataFormatException with a message naming the line and column where it applies */
    public static PreparedData prepare(ExperimentData data, byte[] csv, String fileName, ImportLimits limits) {
        return Preparation.prepare(CsvImporter.parse(csv, fileName, limits), data.options());
    }
}
