package dev.chainrule.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.engine.Finite;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.LayerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The one experiment JSON format ("chainrule-experiment/1", see docs/FORMATS.md in the project), used by
 * storage, export, sharing and the headless command alike. Reading reports the first problem
 * as a message that names the field.
 */
public final class ExperimentJson {
    public static final String FORMAT = "chainrule-experiment/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Every field {@link #write} writes, for reading a file from elsewhere strictly ({@link KnownFields}). */
    public static final KnownFields FIELDS = KnownFields.object("format", "title")
            .with("data", DataJson.FIELDS)
            .with("network", KnownFields.object().with("layers",
                    KnownFields.listOf(KnownFields.object("type", "units", "activation", "rate"))))
            .with("training", TrainingJson.FIELDS)
            .with("weights", KnownFields.listOf(KnownFields.object("W", "b")));

    private ExperimentJson() {
    }

    public static String write(ExperimentSpec spec) {
        return toString(writeTree(spec));
    }

    /** The experiment as a JSON object, for a format that carries one inside (an exported run). */
    public static ObjectNode writeTree(ExperimentSpec spec) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("title", spec.title());
        root.set("data", DataJson.write(spec.data()));
        ObjectNode network = root.putObject("network");
        ArrayNode layers = network.putArray("layers");
        for (LayerSpec layer : spec.layers()) {
            ObjectNode node = layers.addObject();
            if (layer instanceof DenseSpec dense) {
                node.put("type", "dense").put("units", dense.units()).put("activation", dense.activation().id());
            } else if (layer instanceof DropoutSpec dropout) {
                node.put("type", "dropout").put("rate", dropout.rate());
            }
        }
        root.set("training", TrainingJson.write(spec.training(), spec.init(), MAPPER));
        if (!spec.weights().isEmpty()) {
            root.set("weights", writeWeightsNode(spec.weights()));
        }
        return root;
    }

    public static ExperimentSpec read(String json) {
        return read(parse(json));
    }

    /**
     * Reads an experiment from a parsed JSON object. Fields it does not know are ignored; check them
     * first with {@link #FIELDS} when the object comes from elsewhere.
     */
    public static ExperimentSpec read(JsonNode root) {
        String format = Fields.text(root, "format");
        if (!FORMAT.equals(format)) {
            throw new ExperimentFormatException("format: expected \"" + FORMAT + "\", was \"" + format + "\"");
        }
        ExperimentData data = DataJson.read(Fields.object(root, "data"));
        JsonNode layersNode = Fields.array(Fields.object(root, "network"), "layers", "network.layers");
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < layersNode.size(); i++) {
            layers.add(readLayer(layersNode.get(i), "network.layers[" + i + "]"));
        }
        JsonNode training = Fields.object(root, "training");
        List<DenseWeights> weights = root.has("weights") && !root.get("weights").isNull()
                ? readWeightsNode(root.get("weights"), "weights") : List.of();
        dev.chainrule.engine.spec.Task task = data.options().task() != null ? data.options().task()
                : dev.chainrule.engine.spec.Task.impliedBy(TrainingJson.readLoss(training));
        return Fields.guard("experiment", () -> new ExperimentSpec(Fields.text(root, "title"), data,
                layers,
                TrainingJson.readConfig(training, task), TrainingJson.readInit(training), weights));
    }

    /**
     * Only the dataset key of a stored spec ("" when it names none): lists need it for every run,
     * and reading a whole spec builds and checks its network.
     */
    public static String datasetKey(String json) {
        return parse(json).path("data").path("dataset").asText("");
    }

    public static String writeWeights(List<DenseWeights> weights) {
        return toString(writeWeightsNode(weights));
    }

    public static List<DenseWeights> readWeights(String json) {
        return readWeightsNode(parse(json), "weights");
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static LayerSpec readLayer(JsonNode node, String where) {
        String type = Fields.text(node, "type");
        return Fields.guard(where, () -> switch (type) {
            case "dense" -> new DenseSpec(Fields.integer(node, "units", where),
                    dev.chainrule.engine.spec.Activation.fromId(Fields.text(node, "activation")));
            case "dropout" -> new DropoutSpec(Fields.number(node, "rate", where));
            default -> throw new IllegalArgumentException("type must be dense or dropout, was \"" + type + "\"");
        });
    }

    static ArrayNode writeWeightsNode(List<DenseWeights> weights) {
        ArrayNode array = MAPPER.createArrayNode();
        for (DenseWeights w : weights) {
            ObjectNode layer = array.addObject();
            ArrayNode matrix = layer.putArray("W");
            for (double[] row : w.W()) {
                ArrayNode r = matrix.addArray();
                for (double v : row) {
                    r.add(Finite.orNull(v)); // docs/FORMATS.md in the project: a diverged run's NaN is written as null
                }
            }
            ArrayNode b = layer.putArray("b");
            for (double v : w.b()) {
                b.add(Finite.orNull(v));
            }
        }
        return array;
    }


    private static List<DenseWeights> readWeightsNode(JsonNode node, String where) {
        return readWeightsNode(node, where, false);
    }

    /** @param nullIsNaN true for a result's final weights, where a diverged run's NaN was written as null */
    static List<DenseWeights> readWeightsNode(JsonNode node, String where, boolean nullIsNaN) {
        if (!node.isArray()) {
            throw new ExperimentFormatException(where + ": must be a list with one entry per dense layer");
        }
        List<DenseWeights> weights = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = where + "[" + i + "]";
            JsonNode layer = node.get(i);
            if (!layer.isObject()) {
                throw new ExperimentFormatException(at + ": an object with W and b is required");
            }
            double[][] w = Fields.matrix(layer.get("W"), at + ".W", nullIsNaN);
            double[] b = Fields.vector(layer.get("b"), at + ".b", nullIsNaN);
            weights.add(Fields.guard(at, () -> new DenseWeights(w, b)));
        }
        return weights;
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject() && !node.isArray()) {
                throw new ExperimentFormatException("the text is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ExperimentFormatException("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private static String toString(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
