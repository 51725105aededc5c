package dev.chainrule.experiment;

import dev.chainrule.data.BuiltInDataset;
import dev.chainrule.data.BuiltInDatasets;
import dev.chainrule.data.Checksum;
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

    /**
     * What the headless command trains on when it is given no CSV file: the rows the experiment carries,
     * else the built-in dataset it names, taken from the jar (a generated one drawn with the experiment's
     * noise and seed, as the server draws it), so {@code train --experiment run.json} repeats a Lab run.
     *
     * @throws DataFormatException when it names no rows it can find, or the built-in dataset's bytes are not
     *                             the ones its checksum records (a file from another version of Chainrule)
     */
    public static PreparedData prepareWithoutFile(ExperimentData data) {
        String key = data.dataset();
        if (data.inlineCsv() != null || key == null || !key.startsWith("builtin:")) {
            return prepareInline(data);
        }
        BuiltInDataset builtIn = BuiltInDatasets.all().stream().filter(d -> key.equals("builtin:" + d.id())).findFirst()
                .orElseThrow(() -> new DataFormatException("data.dataset: this version has no built-in dataset \""
                        + Fields.shown(key) + "\"; give the rows as a CSV file (--data)."));
        byte[] bytes = builtIn.bytes(data.synthetic());
        if (data.checksum() != null && !data.checksum().equals(Checksum.sha256(bytes))) {
            throw new DataFormatException("data.checksum: the built-in dataset \"" + builtIn.id() + "\" of this version "
                    + "is not the file this experiment was made with; give that file as --data.");
        }
        return prepare(data, bytes, builtIn.fileName(), ImportLimits.DEFAULTS);
    }

    /** @throws DataFormatException with a message naming the line and column where it applies */
    public static PreparedData prepare(ExperimentData data, byte[] csv, String fileName, ImportLimits limits) {
        return Preparation.prepare(CsvImporter.parse(csv, fileName, limits), data.options());
    }
}
