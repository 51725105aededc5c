package dev.chainrule.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.engine.AdamSpec;
import dev.chainrule.engine.Init;
import dev.chainrule.engine.LossKind;
import dev.chainrule.engine.SgdSpec;
import dev.chainrule.engine.TrainingConfig;

/** The "training" object of the experiment JSON. */
final class TrainingJson {
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
        node.putObject("gradientClipping").put("mode", "none").put("threshold", 1.0);
        node.put("weightDecay", 0.0);
        node.putNull("earlyStopping");
        node.put("init", init.id());
        node.put("seed", config.seed());
        return node;
    }

    static TrainingConfig readConfig(JsonNode node) {
        String where = "training";
        LossKind loss = Fields.guard("training.loss", () -> LossKind.fromId(Fields.text(node, "loss")));
        var optimizer = ExperimentJson.sgdOrAdam(Fields.object(node, "optimizer"));
        int batchSize = node.has("batchSize") ? Fields.integer(node, "batchSize", where) : 0;
        int epochs = Fields.integer(node, "epochs", where);
        boolean shuffle = node.path("shuffle").asBoolean(false);
        long seed = node.path("seed").asLong(42);
        return Fields.guard(where, () -> new TrainingConfig(loss, optimizer, batchSize, epochs, shuffle, seed));
    }

    static Init readInit(JsonNode node) {
        return Fields.guard("training.init", () -> Init.fromId(node.path("init").asText("xavier")));
    }
}
