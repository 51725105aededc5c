package dev.chainrule.cli;

import dev.chainrule.data.DataFormatException;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.pytorch.PyTorchExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --format pytorch --experiment E --data D --out run.py}: the experiment as a PyTorch
 * script that reproduces its run, and the prepared rows beside it ({@code run-data.csv}). The data is
 * read and prepared as {@code train} does, so the exit codes are {@code train}'s: 2 for bad input
 * (one line naming the file, field or line), 1 when a file cannot be written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export an experiment (JSON) and its data as a PyTorch script that trains it the same way.")
final class ExportCommand implements Callable<Integer> {
    static final String PYTORCH = "pytorch";

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "what to export to: pytorch")
    String format;

    @Option(names = "--experiment", required = true, paramLabel = "FILE", description = "experiment JSON (chainrule-experiment/1)")
    Path experiment;

    @Option(names = "--data", paramLabel = "FILE", description = "CSV file; optional when the experiment carries its rows or names a built-in dataset")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "the script to write, e.g. run.py; its rows go beside it (run-data.csv)")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PyTorchExport export;
        try {
            if (!PYTORCH.equals(format)) {
                throw new BadInputException("--format: \"" + shown(format) + "\" is not a format this version exports; "
                        + "it exports pytorch");
            }
            requireFolder(out);
            ExperimentSpec experimentSpec = ExperimentJson.read(TrainCommand.read(experiment, "--experiment"));
            TrainingInput input = TrainingInput.load(experimentSpec, data);
            export = PyTorchExport.of(input.spec(), input.data(), out.getFileName().toString());
        } catch (BadInputException | ExperimentFormatException | DataFormatException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Path csv = out.resolveSibling(export.dataFileName());
        try {
            Files.writeString(out, export.script(), StandardCharsets.UTF_8);
            Files.writeString(csv, export.dataCsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: --out: cannot write " + e.getMessage());
            return ExitCodes.OTHER;
        }
        err.println("wrote " + out + " and " + csv + "; run it with: python3 " + out + " --out result.json");
        return ExitCodes.OK;
    }

    // the folder the script goes to, which must exist; the script's name must be plain (it is written into the script)
    private static void requireFolder(Path out) {
        Path name = out.getFileName();
        if (name == null || !PyTorchExport.isPlainFileName(name.toString())) {
            throw new BadInputException("--out: \"" + shown(String.valueOf(name)) + "\" is not a plain file name: use "
                    + "letters, digits, '.', '-' and '_', e.g. run.py");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("--out: no such folder: " + folder);
        }
    }

    // a typed value in a one-line message: no line breaks or other control characters, not endless
    private static String shown(String value) {
        String plain = value.replaceAll("\\p{Cntrl}", "?");
        return plain.length() > 60 ? plain.substring(0, 60) + "…" : plain;
    }
}
