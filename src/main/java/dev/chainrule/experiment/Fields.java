package dev.chainrule.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/**
 * Small readers for JSON fields that fail with a message naming the field. Public so that formats
 * which wrap an experiment (an exported run) read their own fields in the same words.
 */
public final class Fields {
    private Fields() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isTextual()) {
            throw new ExperimentFormatException(field + ": a text value is required");
        }
        return value.asText();
    }

    public static JsonNode object(JsonNode node, String field) {
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
            throw new ExperimentFormatException(path(where, field) + ": a number is required");
        }
        return value.asDouble();
    }

    public static int integer(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new ExperimentFormatException(path(where, field) + ": a whole number is required");
        }
        return value.asInt();
    }

    /** A text value, or null when the field is absent or null. */
    public static String optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ExperimentFormatException(path(where, field) + ": a text value (or null) is required");
        }
        return value.asText();
    }

    /** A number, or null when the field is absent or null (in a result: not measured, or not finite). */
    static Double optionalNumber(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : number(node, field, where);
    }

    /** A whole number that fits a long, or null when the field is absent or null. */
    public static Long optionalLong(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ExperimentFormatException(path(where, field) + ": a whole number is required");
        }
        return value.asLong();
    }

    static double[] vector(JsonNode node, String where) {
        return vector(node, where, false);
    }

    /**
     * @param nullIsNaN true where the result format writes a non-finite number (a diverged run's) as null:
     *                  it reads back as NaN
     */
    static double[] vector(JsonNode node, String where, boolean nullIsNaN) {
        if (node == null || !node.isArray()) {
            throw new ExperimentFormatException(where + ": a list of numbers is required");
        }
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            if (nullIsNaN && node.get(i).isNull()) {
                v[i] = Double.NaN;
                continue;
            }
            if (!node.get(i).isNumber()) {
                throw new ExperimentFormatException(where + "[" + i + "]: a number is required");
            }
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    static double[][] matrix(JsonNode node, String where, boolean nullIsNaN) {
        if (node == null || !node.isArray()) {
            throw new ExperimentFormatException(where + ": a list of rows is required");
        }
        double[][] m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(node.get(i), where + "[" + i + "]", nullIsNaN);
        }
        return m;
    }

    /** Runs a constructor and turns its validation message into one that names the place. */
    public static <T> T guard(String where, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ExperimentFormatException(where + ": " + e.getMessage());
        }
    }

    /**
     * Text from a file as a message may show it: at most 40 characters, control characters as "?",
     * so a hostile name cannot fill or garble the message it appears in.
     */
    public static String shown(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? '?' : c));
        return out.toString();
    }

    /** A field's path: "notes" at the top (where is ""), "dataset.rows" below. */
    private static String path(String where, String field) {
        return where.isEmpty() ? field : where + "." + field;
    }
}
