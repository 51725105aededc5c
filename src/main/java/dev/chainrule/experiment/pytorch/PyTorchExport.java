package dev.chainrule.experiment.pytorch;

import static dev.chainrule.experiment.pytorch.PythonText.bool;
import static dev.chainrule.experiment.pytorch.PythonText.literal;
import static dev.chainrule.experiment.pytorch.PythonText.number;

import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A run as a PyTorch program: the script and, beside it, its rows as CSV (docs/FORMATS.md, "Export as
 * PyTorch"). The script trains the experiment's network from the same initial weights (written out
 * literally: a random initialisation is drawn here exactly as the engine draws it), on the same prepared
 * rows, in the same batch order and with the same dropout masks, so its per-epoch losses are the engine's.
 *
 * @param scriptName   the script's file name, e.g. {@code run.py}
 * @param script       the Python source
 * @param dataFileName the CSV's file name, which the script looks for beside itself
 * @param dataCsv      the prepared rows
 */
public record PyTorchExport(String scriptName, String script, String dataFileName, String dataCsv) {
    /** A file name the script may mention in its help: letters, digits, dots, dashes and underscores. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String TEMPLATE = "/pytorch/run.py.template";

    public PyTorchExport {
        Objects.requireNonNull(script, "script must not be null");
        Objects.requireNonNull(dataCsv, "data must not be null");
        requirePlain(scriptName);
        requirePlain(dataFileName);
    }

    /**
     * The export of an experiment trained on {@code data}.
     *
     * @param data       the experiment's rows prepared as a run prepares them
     * @param scriptName the script's file name ({@link #dataFileNameFor} names the CSV after it)
     * @throws IllegalArgumentException when the experiment's weights do not fit the data's inputs
     *                                  (the engine's message), or a file name is not plain
     */
    public static PyTorchExport of(ExperimentSpec spec, PreparedData data, String scriptName) {
        requirePlain(scriptName);
        int inputs = data.train().features();
        TrainingConfig training = spec.training();
        String dataFile = dataFileNameFor(scriptName);
        boolean dropout = spec.layers().stream().anyMatch(DropoutSpec.class::isInstance);
        boolean dropping = spec.layers().stream().anyMatch(l -> l instanceof DropoutSpec d && d.rate() > 0.0);
        Set<String> flags = new HashSet<>();
        flag(flags, "DROPOUT", dropout);
        flag(flags, "SHUFFLE", training.shuffle());
        flag(flags, "RANDOM", training.shuffle() || dropping);
        flag(flags, "L1", training.l1() > 0.0);
        flag(flags, "EARLY_STOPPING", training.earlyStopping() != null);
        Map<String, String> values = new HashMap<>();
        values.put("SCRIPT_NAME", scriptName);
        values.put("TITLE", literal(spec.title()));
        values.put("DATA_FILE", literal(dataFile));
        values.put("INPUTS", Integer.toString(inputs));
        values.put("OUTPUTS", Integer.toString(data.train().outputs()));
        values.put("TASK", literal(training.task().id()));
        values.put("EPOCHS", Integer.toString(training.epochs()));
        values.put("BATCH_SIZE", Integer.toString(training.batchSize()));
        values.put("SHUFFLE", bool(training.shuffle()));
        values.put("SEED", Long.toString(training.seed()));
        values.put("L1", number(training.l1()));
        values.put("INITIAL_WEIGHTS", PythonText.weights(spec.createNetwork(inputs).weights()));
        values.put("LAYERS", PyTorchCode.layers(spec.layers(), inputs));
        values.put("LOSS", PyTorchCode.loss(training));
        values.put("OPTIMIZER", PyTorchCode.optimizer(training));
        values.put("BACKWARD", PyTorchCode.backward(training));
        values.put("CLIPPING", PyTorchCode.clipping(training.clipping()));
        if (training.earlyStopping() != null) {
            values.put("PATIENCE", Integer.toString(training.earlyStopping().patience()));
            values.put("MIN_DELTA", number(training.earlyStopping().minDelta()));
        }
        String script = ScriptTemplate.resource(TEMPLATE).fill(values, flags);
        return new PyTorchExport(scriptName, script, dataFile, PreparedRowsCsv.write(data));
    }

    /** The CSV beside a script: {@code run.py} → {@code run-data.csv}. */
    public static String dataFileNameFor(String scriptName) {
        String stem = scriptName.endsWith(".py") ? scriptName.substring(0, scriptName.length() - 3) : scriptName;
        return stem + "-data.csv";
    }

    /** True for a name the export writes as it is (the command line refuses others with a message). */
    public static boolean isPlainFileName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches();
    }

    /** The script and its CSV in one zip, inside a folder {@code folder} (a plain name). */
    public byte[] zip(String folder) {
        requirePlain(folder);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, folder + "/" + scriptName, script);
            entry(zip, folder + "/" + dataFileName, dataCsv);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream in memory does not fail
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void flag(Set<String> flags, String name, boolean set) {
        if (set) {
            flags.add(name);
        }
    }

    private static void requirePlain(String name) {
        if (!isPlainFileName(name)) {
            throw new IllegalArgumentException("a file name of the export must be plain (letters, digits, '.', '-', "
                    + "'_', at most 128 characters), was \"" + (name == null ? "" : name.replaceAll("\\p{Cntrl}", "?"))
                    + "\"");
        }
    }
}
