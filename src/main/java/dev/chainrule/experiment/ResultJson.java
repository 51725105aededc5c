package dev.chainrule.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.engine.EpochMetrics;
import dev.chainrule.engine.Finite;
import dev.chainrule.engine.spec.DenseWeights;
import java.util.List;

/** The result of a run ("chainrule-result/1", docs/FORMATS.md in the project), as the headless command writes it. */
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
            e.put("trainLoss", Finite.orNull(m.trainLoss()));
            e.put("validationLoss", Finite.orNull(m.validationLoss()));
            e.put("trainAccuracy", Finite.orNull(m.trainAccuracy()));
            e.put("validationAccuracy", Finite.orNull(m.validationAccuracy()));
            ArrayNode norms = e.putArray("gradientNorms");
            for (double n : m.gradientNorms()) {
                norms.add(Finite.orNull(n));
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
}
