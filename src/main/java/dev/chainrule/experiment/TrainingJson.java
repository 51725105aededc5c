package dev.chainrule.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.EarlyStoppingSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.OptimizerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;

/** The "training" object of the experiment JSON. */
final class TrainingJson {
    /** What {@link #write} writes and the readers read. */
    static final KnownFields FIELDS = KnownFields.object("loss", "batchSize", "epochs", "shuffle", "weightDecay",
                    "l1", "init", "seed")
            .with("optimizer", KnownFields.object("type", "learningRate", "momentum", "beta1", "beta2", "epsilon"))
            .with("gradientClipping", KnownFields.object("mode", "threshold"))
            .with("earlyStopping", KnownFields.object("patience", "minDelta"));

    private TrainingJson() {
    }

    static ObjectNode write(TrainingConfig config, Init init, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("loss", config.loss().id());
        ObjectNode optimizer = node.putObject("optimizer");
        if (config.optimizer() instanceof SgdSpec sgd) {
            optimizer.put("type", "sgd").put("learningRate", sgd.learningRate()).put("momentum", sgd.momentum());
        } else if (config.optimizer() instanceof AdamSpec adam) {
            optimizer.put("type", "adam").put("learningRate", adam.learningRate()).put("beta1", adam.beta1())
                    .put("beta2", adam.beta2()).put("epsilon", adam.epsilon());
        }
        node.put("batchSize", config.batchSize());
        node.put("epochs", config.epochs());
        node.put("shuffle", config.shuffle());
        node.putObject("gradientClipping").put("mode", config.clipping().mode().id())
                .put("threshold", config.clipping().threshold());
        node.put("weightDecay", config.weightDecay());
        // optional in the format: left out when off, so a design without L1 reads the same on an older server
        if (config.l1() != 0.0) {
            node.put("l1", config.l1());
        }
        if (config.earlyStopping() == null) {
            node.putNull("earlyStopping");
        } else {
            node.putObject("earlyStopping").put("patience", config.earlyStopping().patience())
                    .put("minDelta", config.earlyStopping().minDelta());
        }
        node.put("init", init.id());
        node.put("seed", config.seed());
        return node;
    }

    /** @param task from the experiment's {@code data.task}; it decides how accuracy is measured */
    static TrainingConfig readConfig(JsonNode node, Task task) {
        String where = "training";
        LossKind loss = readLoss(node);
        var optimizer = readOptimizer(Fields.object(node, "optimizer"));
        int batchSize = node.has("batchSize") ? Fields.integer(node, "batchSize", where) : 0;
        int epochs = Fields.integer(node, "epochs", where);
        boolean shuffle = node.path("shuffle").asBoolean(false);
        long seed = node.path("seed").asLong(42);
        ClippingSpec clipping = readClipping(node.get("gradientClipping"));
        double weightDecay = node.has("weightDecay") ? Fields.number(node, "weightDecay", where) : 0.0;
        double l1 = node.has("l1") ? Fields.number(node, "l1", where) : 0.0;
        EarlyStoppingSpec earlyStopping = readEarlyStopping(node.get("earlyStopping"));
        return Fields.guard(where, () -> new TrainingConfig(loss, optimizer, batchSize, epochs, shuffle, seed,
                clipping, weightDecay, earlyStopping, task, l1));
    }

    private static ClippingSpec readClipping(JsonNode node) {
        if (node == null || node.isNull()) {
            return ClippingSpec.NONE;
        }
        String where = "training.gradientClipping";
        ClippingSpec.Mode mode = Fields.guard(where + ".mode", () -> ClippingSpec.Mode.fromId(Fields.text(node, "mode")));
        double threshold = node.has("threshold") ? Fields.number(node, "threshold", where) : 1.0;
        return Fields.guard(where, () -> new ClippingSpec(mode, threshold));
    }

    private static EarlyStoppingSpec readEarlyStopping(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String where = "training.earlyStopping";
        int patience = Fields.integer(node, "patience", where);
        double minDelta = node.has("minDelta") ? Fields.number(node, "minDelta", where) : 0.0;
        return Fields.guard(where, () -> new EarlyStoppingSpec(patience, minDelta));
    }

    static LossKind readLoss(JsonNode node) {
        return Fields.guard("training.loss", () -> LossKind.fromId(Fields.text(node, "loss")));
    }

    static Init readInit(JsonNode node) {
        return Fields.guard("training.init", () -> Init.fromId(node.path("init").asText("xavier")));
    }

    private static OptimizerSpec readOptimizer(JsonNode node) {
        String type = Fields.text(node, "type");
        String where = "training.optimizer";
        return Fields.guard(where, () -> switch (type) {
            case "sgd" -> new SgdSpec(Fields.number(node, "learningRate", where),
                    node.path("momentum").asDouble(0.0));
            case "adam" -> new AdamSpec(Fields.number(node, "learningRate", where),
                    node.path("beta1").asDouble(0.9), node.path("beta2").asDouble(0.999),
                    node.path("epsilon").asDouble(1e-8));
            default -> throw new IllegalArgumentException("type must be sgd or adam, was \"" + type + "\"");
        });
    }
}
