package dev.chainrule.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.engine.DenseWeights;
import dev.chainrule.engine.EpochMetrics;
import java.util.List;

/** The result of a run ("chainrule-result/1", docs/FORMATS.md), as the headless command writes it. */
public final class ResultJson {
    public static final String FORMAT = "chainrule-result/1";

    private ResultJson() {
    }

    /** Non-finite numbers (a diverged run) are written as null. */
    public static String write(String status, List<EpochMetrics> epochs, List<DenseWeights> weights, String message) {
        ObjectNode root = ExperimentJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("status", status);
        ArrayNode list = root.putArray("epochs");
        for (EpochMetrics m : epochs) {
            ObjectNode e = list.addObject();
            e.put("epoch", m.epoch());
            number(e, "trainLoss", m.trainLoss());
            number(e, "validationLoss", m.validationLoss());
            number(e, "trainAccuracy", m.trainAccuracy());
            number(e, "validationAccuracy", m.validationAccuracy());
            ArrayNode norms = e.putArray("gradientNorms");
            for (double n : m.gradientNorms()) {
                if (Double.isFinite(n)) {
                    norms.add(n);
                } else {
                    norms.addNull();
                }
            }
            e.put("seconds", m.seconds());
        }
        try {
            root.set("weights", ExperimentJson.mapper().readTree(ExperimentJson.writeWeights(weights)));
            if (message == null) {
                root.putNull("message");
            } else {
                root.put("message", message);
            }
            return ExperimentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result", e);
        }
    }

    private static void number(ObjectNode node, String field, Double value) {
        if (value == null || !Double.isFinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
