package dev.chainrule.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.Fields;
import dev.chainrule.experiment.KnownFields;
import dev.chainrule.experiment.ResultJson;
import dev.chainrule.experiment.UntrustedJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A run as a file to download and import ("chainrule-run/1", docs/FORMATS.md in the project): the
 * run's own fields around the experiment exactly as {@link ExperimentJson} writes it and the result
 * exactly as {@link ResultJson} writes it, each epoch with its optional {@code samplePrediction} and
 * {@code elapsedMs} so that the history comes back as it was stored, every double bit for bit.
 *
 * <p>Reading treats the file as hostile ({@link UntrustedJson}): refused before parsing when too
 * large; unknown formats, versions and fields refused by name; every number checked against the
 * experiment it claims to come from. It builds values only, so a refused file leaves nothing behind.
 */
public final class RunExportJson {
    public static final String FORMAT = "chainrule-run/1";
    static final KnownFields FIELDS = KnownFields.object("format", "title", "notes", "createdAt", "finishedAt")
            .with("dataset", KnownFields.object("name", "checksum", "rows", "columns"))
            .with("experiment", ExperimentJson.FIELDS)
            .with("result", ResultJson.FIELDS);
    private static final String WHAT = "an exported run or experiment file";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunExportJson() {
    }

    public static String write(RunExport run) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("title", run.title());
        root.put("notes", run.notes());
        root.put("createdAt", run.createdAt() == null ? null : run.createdAt().toString());
        root.put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
        if (run.dataset() == null) {
            root.putNull("dataset");
        } else {
            RunExport.DatasetInfo d = run.dataset();
            root.putObject("dataset").put("name", d.name()).put("checksum", d.checksum()).put("rows", d.rows())
                    .put("columns", d.columns());
        }
        root.set("experiment", ExperimentJson.writeTree(run.experiment()));
        root.set("result", ResultJson.writeTree(run.status().id(), epochs(run.history()), run.finalWeights(),
                run.message()));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run", e);
        }
    }

    /**
     * An exported run, and nothing else: a bare experiment is refused with a message saying what it is.
     *
     * @throws ExperimentFormatException with a message that names the field and what is wrong
     */
    public static RunExport read(byte[] bytes, long maxBytes) {
        JsonNode root = UntrustedJson.parseObject(bytes, maxBytes, WHAT);
        if (ExperimentJson.FORMAT.equals(root.path("format").asText(null))) {
            throw new ExperimentFormatException("This is an experiment (" + ExperimentJson.FORMAT + "), not an "
                    + "exported run: it has no history or weights. Open it in the Lab to train it.");
        }
        return readRun(root);
    }

    /**
     * What an import button accepts: an exported run, or a bare experiment to open as a design.
     *
     * @throws ExperimentFormatException with a message that names the field and what is wrong
     */
    public static ImportedFile readImport(byte[] bytes, long maxBytes) {
        JsonNode root = UntrustedJson.parseObject(bytes, maxBytes, WHAT);
        if (ExperimentJson.FORMAT.equals(root.path("format").asText(null))) {
            ExperimentJson.FIELDS.check(root, "");
            return new ImportedFile.Design(within("", () -> ExperimentJson.read(root)));
        }
        return new ImportedFile.FinishedRun(readRun(root));
    }

    private static RunExport readRun(JsonNode root) {
        checkFormat(root.get("format"));
        FIELDS.check(root, "");
        String title = Fields.text(root, "title");
        String notes = Fields.optionalText(root, "notes", "");
        ExperimentSpec spec = within("experiment", () -> ExperimentJson.read(Fields.object(root, "experiment")));
        JsonNode resultNode = Fields.object(root, "result");
        if (!ResultJson.FORMAT.equals(resultNode.path("format").asText(null))) {
            throw new ExperimentFormatException("result.format: \"" + ResultJson.FORMAT + "\" is required");
        }
        ResultJson.Result result = ResultJson.read(resultNode, "result");
        RunStatus status = RunExportChecks.finishedStatus(result.status());
        RunExportChecks.matchesNetwork(result, spec);
        RunExport.DatasetInfo dataset = readDataset(root.get("dataset"));
        Instant createdAt = instant(root, "createdAt");
        Instant finishedAt = instant(root, "finishedAt");
        return named("", () -> new RunExport(title, notes, spec, dataset, status, result.message(),
                history(result.epochs()), result.weights(), createdAt, finishedAt));
    }

    private static void checkFormat(JsonNode format) {
        if (format == null || !format.isTextual()) {
            throw new ExperimentFormatException("format: missing; an exported run starts with \"format\": \""
                    + FORMAT + "\"");
        }
        String value = format.asText();
        if (value.equals(FORMAT)) {
            return;
        }
        if (value.equals(ResultJson.FORMAT)) {
            throw new ExperimentFormatException("This is a result of the headless train command (" + ResultJson.FORMAT
                    + "), not an exported run: it has no experiment. Import the experiment file instead, or "
                    + "download the run from its page.");
        }
        if (value.startsWith("chainrule-run/")) {
            throw new ExperimentFormatException("format: \"" + Fields.shown(value) + "\" is a version this server "
                    + "does not read; it reads \"" + FORMAT + "\". Export the run again from a server of this version.");
        }
        throw new ExperimentFormatException("format: expected \"" + FORMAT + "\" (an exported run) or \""
                + ExperimentJson.FORMAT + "\" (an experiment), was \"" + Fields.shown(value) + "\"");
    }

    private static RunExport.DatasetInfo readDataset(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ExperimentFormatException("dataset: an object (or null) is required");
        }
        String name = Fields.optionalText(node, "name", "dataset");
        String checksum = Fields.optionalText(node, "checksum", "dataset");
        Integer rows = count(node, "rows");
        Integer columns = count(node, "columns");
        return named("dataset.", () -> new RunExport.DatasetInfo(name, checksum, rows, columns));
    }

    private static Integer count(JsonNode node, String field) {
        Long value = Fields.optionalLong(node, field, "dataset");
        if (value != null && (value < 0 || value > Integer.MAX_VALUE)) {
            throw new ExperimentFormatException("dataset." + field + ": must be between 0 and "
                    + Integer.MAX_VALUE + ", was " + value);
        }
        return value == null ? null : value.intValue();
    }

    private static Instant instant(JsonNode root, String field) {
        String text = Fields.optionalText(root, field, "");
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ExperimentFormatException(field + ": a time like 2026-01-31T12:00:00Z is required, was \""
                    + Fields.shown(text) + "\"");
        }
    }

    /**
     * The result format's epochs: {@code seconds} is each epoch's own wall time, derived from the
     * stored time since the start ({@code elapsedMs}, also written, so nothing is lost to rounding).
     */
    private static List<ResultJson.Epoch> epochs(List<EpochRecord> history) {
        List<ResultJson.Epoch> epochs = new ArrayList<>(history.size());
        double[] seconds = EpochRecord.epochSeconds(history);
        for (int i = 0; i < seconds.length; i++) {
            EpochRecord r = history.get(i);
            epochs.add(new ResultJson.Epoch(r.epoch(), r.trainLoss(), r.validationLoss(), r.trainAccuracy(),
                    r.validationAccuracy(), r.gradientNorms(), seconds[i], r.samplePrediction(), r.elapsedMs()));
        }
        return epochs;
    }

    /** A file without {@code elapsedMs} (written by hand, or by an older writer) adds up the seconds. */
    private static List<EpochRecord> history(List<ResultJson.Epoch> epochs) {
        List<EpochRecord> history = new ArrayList<>(epochs.size());
        double seconds = 0;
        for (ResultJson.Epoch e : epochs) {
            seconds += e.seconds();
            long elapsedMs = e.elapsedMs() != null ? e.elapsedMs() : Math.round(seconds * 1000);
            history.add(new EpochRecord(e.epoch(), e.trainLoss(), e.validationLoss(), e.trainAccuracy(),
                    e.validationAccuracy(), e.samplePrediction(), e.gradientNorms(), elapsedMs));
        }
        return history;
    }

    /** Reads a part whose own messages name fields from its top, and puts the part's path in front. */
    private static <T> T within(String part, Supplier<T> read) {
        try {
            return read.get();
        } catch (ExperimentFormatException e) {
            // the experiment's reader may quote a value from the file: a hostile one must not fill the message
            String message = e.getMessage().length() > 500 ? e.getMessage().substring(0, 500) + "…" : e.getMessage();
            if (part.isEmpty() || message.startsWith(part + ":")) {
                throw new ExperimentFormatException(message);
            }
            throw new ExperimentFormatException(part + "." + message);
        }
    }

    /** Builds a value whose constructor names the field first ("title: …"), under the given prefix. */
    private static <T> T named(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ExperimentFormatException(prefix + e.getMessage());
        }
    }
}
