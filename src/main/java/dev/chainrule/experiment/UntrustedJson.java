package dev.chainrule.experiment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a JSON file that someone uploaded, treating it as hostile: the size is checked before a
 * byte is parsed; nesting, number and name lengths and the number of tokens are bounded (Jackson's
 * {@link StreamReadConstraints}), so a 10,000-deep nest or a 100,000-digit number fails fast instead of
 * using the stack or the heap; a repeated field or anything after the object is refused; and every
 * number must be finite (JSON has no NaN, but {@code 1e999} reads as infinity).
 * Each problem is an {@link ExperimentFormatException} with a message a person can act on.
 */
public final class UntrustedJson {
    /** Our formats nest about six levels (a result's weight matrix); 40 leaves room and stops a hostile nest early. */
    static final int MAX_DEPTH = 40;
    /** A double's shortest form has at most 24 characters. */
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 1_000;
    /** About 40 MB of 20-digit numbers; bounds the tree's memory whatever the size limit. */
    static final long MAX_TOKENS = 2_000_000;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH).maxNameLength(MAX_NAME_LENGTH).maxTokenCount(MAX_TOKENS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private UntrustedJson() {
    }

    /**
     * The file's one JSON object.
     *
     * @param what what such a file is, for the size message: "an exported run"
     */
    public static JsonNode parseObject(byte[] bytes, long maxBytes, String what) {
        if (bytes.length > maxBytes) {
            throw new ExperimentFormatException("The file is " + megabytes(bytes.length) + "; " + what
                    + " can be at most " + megabytes(maxBytes) + ".");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ExperimentFormatException("not valid JSON" + at(e.getLocation()) + ": " + problem(e));
        } catch (IOException e) {
            throw new ExperimentFormatException("not valid JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new ExperimentFormatException("the file is empty; " + what + " is one JSON object");
        }
        if (!root.isObject()) {
            throw new ExperimentFormatException("the file holds " + (root.isArray() ? "a list […]" : "a single value")
                    + ", not an object; " + what + " is one JSON object {…}");
        }
        requireFinite(root, "");
        return root;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson's words where they name its own settings; a person needs to know what to fix in the file. */
    private static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (was it cut off?)";
        }
        if (message.startsWith("Trailing token")) {
            return "something follows the end of the object; the file must hold one object";
        }
        if (message.startsWith("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers (write null for an absent value)";
        }
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return "lists and objects are nested more than " + MAX_DEPTH + " levels deep";
            }
            if (message.contains("Number value length")) {
                return "a number has more than " + MAX_NUMBER_LENGTH + " characters";
            }
            if (message.contains("Name length")) {
                return "a field name has more than " + MAX_NAME_LENGTH + " characters";
            }
            if (message.contains("Token count")) {
                return "the file holds more than " + MAX_TOKENS + " values";
            }
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /** Depth is bounded by {@link #MAX_DEPTH}, so the recursion is too. Paths are built only for containers. */
    private static void requireFinite(JsonNode node, String where) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                check(field.getValue(), where, Fields.shown(field.getKey()), -1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), where, null, i);
            }
        }
    }

    private static void check(JsonNode value, String where, String name, int index) {
        if (value.isNumber() && !Double.isFinite(value.asDouble())) {
            throw new ExperimentFormatException(path(where, name, index) + ": a number too large for a double"
                    + " (every number must be finite)");
        }
        if (value.isContainerNode()) {
            requireFinite(value, path(where, name, index));
        }
    }

    private static String path(String where, String name, int index) {
        return name == null ? where + "[" + index + "]" : where.isEmpty() ? name : where + "." + name;
    }
}
