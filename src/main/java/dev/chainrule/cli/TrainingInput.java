package dev.chainrule.cli;

import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** What a headless run trains on: the experiment and its data, prepared by the app's own importer. */
record TrainingInput(ExperimentSpec spec, PreparedData data) {

    /**
     * Reads the CSV file; without one, the rows the experiment carries or the built-in dataset it names.
     *
     * @throws dev.chainrule.data.DataFormatException naming the line and column of a bad file
     */
    static TrainingInput load(ExperimentSpec spec, Path csv) {
        if (csv == null) {
            return new TrainingInput(spec, DataPreparation.prepareWithoutFile(spec.data()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv);
        } catch (NoSuchFileException e) {
            throw new BadInputException("--data: no such file: " + csv);
        } catch (IOException e) {
            throw new BadInputException("--data: cannot read " + csv + " (" + e.getMessage() + ")");
        }
        // The command line has no upload form to protect: allow files as large as the row limit lets them be.
        ImportLimits limits = new ImportLimits(Long.MAX_VALUE / 2, ImportLimits.DEFAULTS.maxRows(),
                ImportLimits.DEFAULTS.maxColumns(), ImportLimits.DEFAULTS.maxCategoriesPerColumn());
        return new TrainingInput(spec, DataPreparation.prepare(spec.data(), bytes, csv.getFileName().toString(), limits));
    }
}
