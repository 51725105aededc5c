package dev.chainrule.cli;

import dev.chainrule.data.DataFormatException;
import dev.chainrule.engine.EpochMetrics;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.RunControl;
import dev.chainrule.engine.Trainer;
import dev.chainrule.engine.TrainingResult;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.ResultJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train --experiment E --data D [--out R]}: trains with the server's engine and writes the result JSON. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an experiment (JSON) on a CSV file; the result JSON goes to --out or stdout.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--experiment", required = true, paramLabel = "FILE", description = "experiment JSON (chainrule-experiment/1)")
    Path experiment;

    @Option(names = "--data", paramLabel = "FILE", description = "CSV file; optional when the experiment carries its rows or names a built-in dataset")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the result JSON (default: stdout)")
    Path out;

    @Option(names = "--quiet", description = "no progress lines on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        TrainingInput input;
        try {
            ExperimentSpec experimentSpec = ExperimentJson.read(read(experiment, "--experiment"));
            input = TrainingInput.load(experimentSpec, data);
        } catch (BadInputException | ExperimentFormatException | DataFormatException | IllegalArgumentException e) {
            // ExperimentFormatException, DataFormatException and the engine's checks all end here.
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        List<EpochMetrics> epochs = new ArrayList<>();
        Network network;
        try {
            network = input.spec().createNetwork(input.data().train().features());
        } catch (IllegalArgumentException e) {
            // e.g. explicit weights made for another number of inputs than the CSV has
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        int total = input.spec().training().epochs();
        TrainingResult result = new Trainer().fit(network, input.data().train(), input.data().validation(),
                input.spec().training(),
                (metrics, net) -> {
                    epochs.add(metrics);
                    if (!quiet) {
                        err.println(progressLine(metrics, total));
                        err.flush();
                    }
                }, new RunControl());
        String status = switch (result.outcome()) {
            case COMPLETED -> "completed";
            case STOPPED_EARLY -> "stopped_early";
            case DIVERGED -> "diverged";
            case STOPPED -> "failed";
        };
        String json = ResultJson.write(status, epochs, network.weights(), result.message());
        if (out == null) {
            spec.commandLine().getOut().println(json);
        } else {
            Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
        }
        if (result.message() != null) {
            err.println(status + ": " + result.message());
        }
        return switch (result.outcome()) {
            case COMPLETED, STOPPED_EARLY -> ExitCodes.OK;
            case DIVERGED -> ExitCodes.DIVERGED;
            case STOPPED -> ExitCodes.OTHER;
        };
    }

    static String progressLine(EpochMetrics m, int total) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d  loss %.6g", m.epoch(), total,
                m.trainLoss()));
        if (m.validationLoss() != null) {
            line.append(String.format(Locale.ROOT, "  val_loss %.6g", m.validationLoss()));
        }
        if (m.trainAccuracy() != null) {
            line.append(String.format(Locale.ROOT, "  acc %.4f", m.trainAccuracy()));
        }
        if (m.validationAccuracy() != null) {
            line.append(String.format(Locale.ROOT, "  val_acc %.4f", m.validationAccuracy()));
        }
        return line.toString();
    }

    static String read(Path file, String option) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(option + ": no such file: " + file);
        } catch (IOException e) {
            throw new BadInputException(option + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
    }
}
