package dev.chainrule.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.engine.EpochMetrics;
import dev.chainrule.engine.Finite;
import dev.chainrule.engine.spec.DenseWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The result of a run ("chainrule-result/1", docs/FORMATS.md in the project): as the headless command
 * writes it, and as an exported run carries it (then each epoch also has the optional
 * {@code samplePrediction} and {@code elapsedMs}).
 */
public final class ResultJson {
    public static final String FORMAT = "chainrule-result/1";
    /** Every field {@link #writeTree} writes, for reading a file from elsewhere strictly ({@link KnownFields}). */
    public static final KnownFields FIELDS = KnownFields.object("format", "status", "message")
            .with("epochs", KnownFields.listOf(KnownFields.object("epoch", "trainLoss", "validationLoss",
                    "trainAccuracy", "validationAccuracy", "gradientNorms", "seconds", "samplePrediction", "elapsedMs")))
            .with("weights", KnownFields.listOf(KnownFields.object("W", "b")));

    private ResultJson() {
    }

    /**
     * One epoch as the result format writes it. Null numbers are absent (not measured, or not
     * finite); a gradient norm that is not finite is NaN here and null in the file.
     *
     * @param seconds          the epoch's wall time
     * @param samplePrediction optional: the network's first output for the first training example
     * @param elapsedMs        optional: milliseconds since training started, at the end of this epoch
     */
    public record Epoch(int epoch, Double trainLoss, Double validationLoss, Double trainAccuracy,
            Double validationAccuracy, double[] gradientNorms, double seconds, Double samplePrediction, Long elapsedMs) {

        public Epoch {
            gradientNorms = gradientNorms.clone();
        }

        static Epoch of(EpochMetrics m) {
            return new Epoch(m.epoch(), m.trainLoss(), m.validationLoss(), m.trainAccuracy(),
                    m.validationAccuracy(), m.gradientNorms(), m.seconds(), null, null);
        }

        @Override
        public double[] gradientNorms() {
            return gradientNorms.clone();
        }

        // Records compare arrays by reference; an epoch is compared by value.
        @Override
        public boolean equals(Object o) {
            return o instanceof Epoch e && epoch == e.epoch && Objects.equals(trainLoss, e.trainLoss)
                    && Objects.equals(validationLoss, e.validationLoss) && Objects.equals(trainAccuracy, e.trainAccuracy)
                    && Objects.equals(validationAccuracy, e.validationAccuracy)
                    && Arrays.equals(gradientNorms, e.gradientNorms) && Double.compare(seconds, e.seconds) == 0
                    && Objects.equals(samplePrediction, e.samplePrediction) && Objects.equals(elapsedMs, e.elapsedMs);
        }

        @Override
        public int hashCode() {
            return Objects.hash(epoch, trainLoss, validationLoss, trainAccuracy, validationAccuracy,
                    Arrays.hashCode(gradientNorms), seconds, samplePrediction, elapsedMs);
        }
    }

    /** A result as read: the status as written (the reader of a wrapping format decides which it accepts). */
    public record Result(String status, List<Epoch> epochs, List<DenseWeights> weights, String message) {
    }

    /** Non-finite numbers (a diverged run) are written as null. */
    public static String write(String status, List<EpochMetrics> epochs, List<DenseWeights> weights, String message) {
        ObjectNode root = writeTree(status, epochs.stream().map(Epoch::of).toList(), weights, message);
        try {
            return ExperimentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result", e);
        }
    }

    /** The result as a JSON object; optional epoch fields are written only when present. */
    public static ObjectNode writeTree(String status, List<Epoch> epochs, List<DenseWeights> weights, String message) {
        ObjectNode root = ExperimentJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("status", status);
        ArrayNode list = root.putArray("epochs");
        for (Epoch m : epochs) {
            ObjectNode e = list.addObject();
            e.put("epoch", m.epoch());
            e.put("trainLoss", Finite.orNull(m.trainLoss()));
            e.put("validationLoss", Finite.orNull(m.validationLoss()));
            e.put("trainAccuracy", Finite.orNull(m.trainAccuracy()));
            e.put("validationAccuracy", Finite.orNull(m.validationAccuracy()));
            ArrayNode norms = e.putArray("gradientNorms");
            for (double n : m.gradientNorms()) {
                norms.add(Finite.orNull(n));
            }
            e.put("seconds", m.seconds());
            if (m.samplePrediction() != null) {
                e.put("samplePrediction", Finite.orNull(m.samplePrediction()));
            }
            if (m.elapsedMs() != null) {
                e.put("elapsedMs", m.elapsedMs());
            }
        }
        root.set("weights", ExperimentJson.writeWeightsNode(weights));
        if (message == null) {
            root.putNull("message");
        } else {
            root.put("message", message);
        }
        return root;
    }

    /**
     * Reads a result object, checking each number where it stands: epochs numbered 1, 2, 3… in order,
     * accuracies between 0 and 1, norms and seconds not negative, {@code elapsedMs} never going back.
     * It does not know the network: the reader of a wrapping format checks the counts against it.
     * A null weight or gradient norm (a diverged run's) reads as NaN.
     *
     * @param where the path of {@code node} in the file, for messages
     */
    public static Result read(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new ExperimentFormatException(where + ": an object is required");
        }
        String status = Fields.optionalText(node, "status", where);
        if (status == null) {
            throw new ExperimentFormatException(where + ".status: a text value is required");
        }
        JsonNode list = Fields.array(node, "epochs", where + ".epochs");
        List<Epoch> epochs = new ArrayList<>(list.size());
        long lastElapsed = 0;
        for (int i = 0; i < list.size(); i++) {
            Epoch e = readEpoch(list.get(i), where + ".epochs[" + i + "]", i + 1, lastElapsed);
            lastElapsed = e.elapsedMs() == null ? lastElapsed : e.elapsedMs();
            epochs.add(e);
        }
        JsonNode weights = node.get("weights");
        List<DenseWeights> finalWeights = weights == null || weights.isNull() ? List.of()
                : ExperimentJson.readWeightsNode(weights, where + ".weights", true);
        return new Result(status, epochs, finalWeights, Fields.optionalText(node, "message", where));
    }

    private static Epoch readEpoch(JsonNode node, String at, int expected, long lastElapsed) {
        if (!node.isObject()) {
            throw new ExperimentFormatException(at + ": an object is required");
        }
        int epoch = Fields.integer(node, "epoch", at);
        if (epoch != expected) {
            throw new ExperimentFormatException(at + ".epoch: epochs are numbered 1, 2, 3… in order; expected "
                    + expected + ", was " + epoch);
        }
        Double trainAccuracy = accuracy(node, "trainAccuracy", at);
        Double validationAccuracy = accuracy(node, "validationAccuracy", at);
        double[] norms = Fields.vector(node.get("gradientNorms"), at + ".gradientNorms", true);
        for (int k = 0; k < norms.length; k++) {
            if (norms[k] < 0) {
                throw new ExperimentFormatException(at + ".gradientNorms[" + k + "]: a norm is never negative, was " + norms[k]);
            }
        }
        double seconds = notNegative(Fields.number(node, "seconds", at), at + ".seconds");
        Long elapsedMs = Fields.optionalLong(node, "elapsedMs", at);
        if (elapsedMs != null && notNegative(elapsedMs, at + ".elapsedMs") < lastElapsed) {
            throw new ExperimentFormatException(at + ".elapsedMs: time since the start never goes back; was "
                    + elapsedMs + " after " + lastElapsed);
        }
        return new Epoch(epoch, Fields.optionalNumber(node, "trainLoss", at),
                Fields.optionalNumber(node, "validationLoss", at), trainAccuracy, validationAccuracy, norms, seconds,
                Fields.optionalNumber(node, "samplePrediction", at), elapsedMs);
    }

    private static Double accuracy(JsonNode node, String field, String at) {
        Double value = Fields.optionalNumber(node, field, at);
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new ExperimentFormatException(at + "." + field + ": an accuracy is between 0 and 1, was " + value);
        }
        return value;
    }

    private static double notNegative(double value, String where) {
        if (value < 0) {
            throw new ExperimentFormatException(where + ": must not be negative, was " + value);
        }
        return value;
    }
}
