package dev.chainrule.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field names a JSON format knows, as a tree, so that a file from elsewhere (an import) can be
 * refused when it holds a field this version does not read: a misspelt {@code learningRatee} would
 * otherwise be ignored silently and the run trained with the default. The readers stay lenient for
 * what this server wrote itself; the declarations live beside the writers that produce the fields
 * ({@link ExperimentJson#FIELDS}, {@link ResultJson#FIELDS}), so a new field is declared where it is written.
 */
public final class KnownFields {
    /** Any value: a leaf, or a container whose contents the reader checks itself (a matrix, a map of column names). */
    public static final KnownFields ANY = new KnownFields(null, null);

    private final Map<String, KnownFields> fields;
    private final KnownFields element;

    private KnownFields(Map<String, KnownFields> fields, KnownFields element) {
        this.fields = fields;
        this.element = element;
    }

    /** An object with these fields, each holding any value (add nested ones with {@link #with}). */
    public static KnownFields object(String... names) {
        Map<String, KnownFields> map = new LinkedHashMap<>();
        for (String name : names) {
            map.put(name, ANY);
        }
        return new KnownFields(map, null);
    }

    /** A list whose entries have the given shape. */
    public static KnownFields listOf(KnownFields element) {
        return new KnownFields(null, element);
    }

    /** This object with one more field, whose value has the given shape. */
    public KnownFields with(String name, KnownFields shape) {
        if (fields == null) {
            throw new IllegalStateException("only an object has fields");
        }
        Map<String, KnownFields> map = new LinkedHashMap<>(fields);
        map.put(name, shape);
        return new KnownFields(map, null);
    }

    /**
     * Refuses the first field this shape does not know, naming its path. Values of the wrong type are
     * left to the reader, which names what it expected.
     *
     * @param where the path of {@code node} in the file, "" for the top
     */
    public void check(JsonNode node, String where) {
        if (fields != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = where.isEmpty() ? Fields.shown(field.getKey()) : where + "." + Fields.shown(field.getKey());
                KnownFields shape = fields.get(field.getKey());
                if (shape == null) {
                    throw new ExperimentFormatException(path + ": unknown field (a misspelling, or a file from a newer "
                            + "version?); the fields here are " + String.join(", ", fields.keySet()));
                }
                shape.check(field.getValue(), path);
            }
        } else if (element != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                element.check(node.get(i), where + "[" + i + "]");
            }
        }
    }
}
