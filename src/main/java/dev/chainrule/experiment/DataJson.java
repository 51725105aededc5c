package dev.chainrule.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.data.ColumnType;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.data.prepare.MissingValueRule;
import dev.chainrule.engine.spec.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The "data" object of the experiment JSON: the dataset and every preprocessing decision. */
final class DataJson {
    /** What {@link #write} writes and {@link #read} reads; {@code columnTypes} maps any column name. */
    static final KnownFields FIELDS = KnownFields.object("dataset", "checksum", "target", "features", "task",
            "standardize", "validationFraction", "splitSeed", "columnTypes", "missingValues", "inputFeatures", "inline");

    private DataJson() {
    }

    static ObjectNode write(ExperimentData data) {
        DataOptions o = data.options();
        ObjectNode node = ExperimentJson.mapper().createObjectNode();
        if (data.dataset() != null && !data.dataset().isEmpty()) {
            node.put("dataset", data.dataset());
        }
        if (data.checksum() != null) {
            node.put("checksum", data.checksum());
        }
        putNullable(node, "target", o.target());
        if (o.features() == null) {
            node.putNull("features");
        } else {
            o.features().forEach(node.putArray("features")::add);
        }
        putNullable(node, "task", o.task() == null ? null : o.task().id());
        node.put("standardize", o.standardize());
        node.put("validationFraction", o.validationFraction());
        node.put("splitSeed", o.splitSeed());
        ObjectNode types = node.putObject("columnTypes");
        new java.util.TreeMap<>(o.columnTypes()).forEach((column, type) -> types.put(column, id(type)));
        node.put("missingValues", id(o.missingValues()));
        // optional in the format: left out when there are none
        if (!o.inputFeatures().isEmpty()) {
            o.inputFeatures().forEach(f -> node.withArray("inputFeatures").add(f.id()));
        }
        if (data.inlineCsv() != null) {
            node.put("inline", data.inlineCsv());
        }
        return node;
    }

    static ExperimentData read(JsonNode node) {
        String where = "data";
        List<String> features = null;
        if (node.hasNonNull("features")) {
            features = new ArrayList<>();
            for (JsonNode name : Fields.array(node, "features", "data.features")) {
                features.add(name.asText());
            }
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        node.path("columnTypes").fields().forEachRemaining(e -> types.put(e.getKey(),
                Fields.guard("data.columnTypes." + e.getKey(), () -> fromId(ColumnType.class, e.getValue().asText()))));
        Task task = node.hasNonNull("task") ? Fields.guard("data.task", () -> Task.fromId(node.get("task").asText())) : null;
        MissingValueRule missing = node.hasNonNull("missingValues")
                ? Fields.guard("data.missingValues", () -> fromId(MissingValueRule.class, node.get("missingValues").asText()))
                : MissingValueRule.DROP_ROWS;
        double validation = node.has("validationFraction") ? Fields.number(node, "validationFraction", where) : 0.0;
        long splitSeed = node.path("splitSeed").asLong(1);
        List<String> chosen = features;
        List<InputFeature> computed = inputFeatures(node);
        DataOptions options = Fields.guard(where, () -> new DataOptions(node.hasNonNull("target")
                ? node.get("target").asText() : null, chosen, task, node.path("standardize").asBoolean(false),
                validation, splitSeed, types, missing, computed));
        return new ExperimentData(options, node.hasNonNull("dataset") ? node.get("dataset").asText() : null,
                node.hasNonNull("checksum") ? node.get("checksum").asText() : null,
                node.hasNonNull("inline") ? node.get("inline").asText() : null);
    }

    // absent or null = none; each entry an id, at most once
    private static List<InputFeature> inputFeatures(JsonNode node) {
        List<InputFeature> computed = new ArrayList<>();
        if (!node.hasNonNull("inputFeatures")) {
            return computed;
        }
        JsonNode list = Fields.array(node, "inputFeatures", "data.inputFeatures");
        for (int i = 0; i < list.size(); i++) {
            String where = "data.inputFeatures[" + i + "]";
            JsonNode entry = list.get(i);
            if (!entry.isTextual()) {
                throw new ExperimentFormatException(where + ": a text value is required, one of " + InputFeature.ids());
            }
            InputFeature f = Fields.guard(where, () -> InputFeature.fromId(entry.asText()));
            if (computed.contains(f)) {
                throw new ExperimentFormatException(where + ": " + f.id() + " is listed twice; list each at most once");
            }
            computed.add(f);
        }
        return computed;
    }

    private static void putNullable(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E fromId(Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (id(value).equals(id)) {
                return value;
            }
        }
        List<String> valid = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            valid.add(id(value));
        }
        throw new IllegalArgumentException("must be one of " + String.join(", ", valid) + ", was \"" + id + "\"");
    }
}
