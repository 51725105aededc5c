package dev.chainrule.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.KnownFields;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson as JSON ({@code "format": "chainrule-lesson/1"}): its title, text, the point to notice, two
 * switches for what the comparison shows, and its runs, each an experiment exactly as
 * {@link ExperimentJson} writes one. The built-in lessons are such files; a teacher's lesson is stored as one.
 * The id is not part of the body: a built-in lesson's is its file's name, a stored one's its row's number.
 */
public final class LessonJson {
    public static final String FORMAT = "chainrule-lesson/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Every field a lesson has, checked when a file is read, so a misspelt field is refused, not ignored. */
    static final KnownFields FIELDS = KnownFields.object("format", "title", "text", "notice", "perLayerGradients",
            "stepThrough").with("runs", KnownFields.listOf(ExperimentJson.FIELDS));

    private LessonJson() {
    }

    public static String write(Lesson lesson) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("title", lesson.title());
        root.put("text", lesson.text());
        root.put("notice", lesson.notice());
        root.put("perLayerGradients", lesson.perLayerGradients());
        root.put("stepThrough", lesson.stepThrough());
        ArrayNode runs = root.putArray("runs");
        lesson.runs().forEach(spec -> runs.add(ExperimentJson.writeTree(spec)));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a lesson always has a JSON form", e);
        }
    }

    /**
     * Reads a lesson, strictly: an unknown field anywhere, a run that is not a valid experiment or a
     * text out of bounds is refused with a message naming where.
     *
     * @param id      the id it gets (the file's name, or the stored row's number)
     * @param ownerId the teacher whose lesson it is, or null for a built-in one
     * @throws ExperimentFormatException when the text is not a lesson
     */
    public static Lesson read(String json, String id, Long ownerId) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ExperimentFormatException("lesson " + id + ": not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ExperimentFormatException("lesson " + id + ": expected one JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new ExperimentFormatException("lesson " + id + ": format: expected \"" + FORMAT + "\"");
        }
        FIELDS.check(root, "");
        JsonNode runsNode = root.path("runs");
        if (!runsNode.isArray()) {
            throw new ExperimentFormatException("lesson " + id + ": runs: expected a list of experiments");
        }
        List<ExperimentSpec> runs = new ArrayList<>();
        for (int i = 0; i < runsNode.size(); i++) {
            try {
                runs.add(ExperimentJson.read(runsNode.get(i)));
            } catch (RuntimeException e) {
                throw new ExperimentFormatException("lesson " + id + ": runs[" + i + "]: " + e.getMessage());
            }
        }
        try {
            return new Lesson(id, root.path("title").asText(null), root.path("text").asText(null),
                    root.path("notice").asText(null), root.path("perLayerGradients").asBoolean(false),
                    root.path("stepThrough").asBoolean(false), runs, ownerId);
        } catch (IllegalArgumentException e) {
            throw new ExperimentFormatException("lesson " + id + ": " + e.getMessage());
        }
    }
}
