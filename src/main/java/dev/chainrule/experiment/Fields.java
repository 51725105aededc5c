package dev.chainrule.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/** Small readers for JSON fields that fail with a message naming the field. */
final class Fields {
    private Fields() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isTextual()) {
            throw new ExperimentFormatException(field + ": a text value is required");
        }
        return value.asText();
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new ExperimentFormatException(field + ": an object is required");
        }
        return value;
    }

    static JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new ExperimentFormatException(where + ": a list is required");
        }
        return value;
    }

    static double number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new ExperimentFormatException(where + "." + field + ": a number is required");
        }
        return value.asDouble();
    }

    static int integer(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new ExperimentFormatException(where + "." + field + ": a whole number is required");
        }
        return value.asInt();
    }

    static double[] vector(JsonNode node, String where) {
        if (node == null || !node.isArray()) {
            throw new ExperimentFormatException(where + ": a list of numbers is required");
        }
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            if (!node.get(i).isNumber()) {
                throw new ExperimentFormatException(where + "[" + i + "]: a number is required");
            }
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    static double[][] matrix(JsonNode node, String where) {
        if (node == null || !node.isArray()) {
            throw new ExperimentFormatException(where + ": a list of rows is required");
        }
        double[][] m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(node.get(i), where + "[" + i + "]");
        }
        return m;
    }

    /** Runs a constructor and turns its validation message into one that names the place. */
    static <T> T guard(String where, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ExperimentFormatException(where + ": " + e.getMessage());
        }
    }
}
