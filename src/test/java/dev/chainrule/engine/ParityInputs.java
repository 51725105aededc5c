package dev.chainrule.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Csv;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * A parity case with input features, prepared as the server prepares it: its raw x1, x2 and
 * target go through the project's own CSV importer and {@link Preparation} with the case's input
 * features and standardising, and the inputs that come out must be those PyTorch's script
 * computed itself ({@code data.inputs}) before they are trained on.
 */
final class ParityInputs {

    private ParityInputs() {
    }

    static TrainingData prepared(JsonNode data, String loss) {
        List<InputFeature> features = new ArrayList<>();
        data.get("inputFeatures").forEach(id -> features.add(InputFeature.fromId(id.asText())));
        Task task = switch (loss) {
            case "bce" -> Task.BINARY;
            case "cross_entropy" -> Task.MULTICLASS;
            default -> Task.REGRESSION;
        };
        DataOptions options = DataOptions.defaults().withTarget("y").withTask(task)
                .withStandardize(data.get("standardize").asBoolean()).withInputFeatures(features);
        PreparedData prepared = Preparation.prepare(Csv.parse(csv(data, task)), options);
        double[][] expected = PyTorchParityTest.matrix(data.get("inputs"));
        double[][] actual = prepared.train().x();
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                PyTorchParityTest.assertNear(actual[i][j], expected[i][j], "input [" + i + "][" + j + "]");
            }
        }
        return prepared.train();
    }

    // x1,x2,y with the doubles as Java writes them (read back to the same bits); a class as its index
    private static String csv(JsonNode data, Task task) {
        StringBuilder csv = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < data.get("x").size(); i++) {
            JsonNode x = data.get("x").get(i);
            JsonNode y = data.get("y").get(i);
            csv.append(x.get(0).asDouble()).append(',').append(x.get(1).asDouble()).append(',')
                    .append(task == Task.MULTICLASS ? Integer.toString(classOf(y)) : Double.toString(y.get(0).asDouble()))
                    .append('\n');
        }
        return csv.toString();
    }

    private static int classOf(JsonNode oneHot) {
        for (int k = 0; k < oneHot.size(); k++) {
            if (oneHot.get(k).asDouble() == 1.0) {
                return k;
            }
        }
        throw new IllegalArgumentException("a one-hot target needs one 1");
    }
}
