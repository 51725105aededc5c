package dev.chainrule.experiment.pytorch;

import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows the engine trained on, as the script reads them: the training rows in the engine's order,
 * then the validation rows; per row the inputs (after encoding, computed inputs and standardising:
 * exactly the engine's numbers, so nothing of the preparation has to be repeated in Python), the
 * targets as the engine encodes them, and the set. Numbers are written as Java writes a double,
 * which Python's float() reads back to the same bits.
 */
final class PreparedRowsCsv {
    private PreparedRowsCsv() {
    }

    static String write(PreparedData data) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(data.featureNames());
        header.addAll(targetNames(data));
        header.add("set");
        for (int i = 0; i < header.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(header.get(i)));
        }
        csv.append('\n');
        rows(data.train(), "train", csv);
        if (data.validation() != null) {
            rows(data.validation(), "validation", csv);
        }
        return csv.toString();
    }

    // the target's name for a value or a 0/1 class; "target=label" for each output unit of a multiclass target
    private static List<String> targetNames(PreparedData data) {
        if (data.task() != Task.MULTICLASS) {
            return List.of(data.target());
        }
        return data.classLabels().stream().map(label -> data.target() + "=" + label).toList();
    }

    private static void rows(TrainingData set, String name, StringBuilder csv) {
        double[][] x = set.x();
        double[][] y = set.y();
        for (int r = 0; r < x.length; r++) {
            for (double v : x[r]) {
                csv.append(PythonText.number(v)).append(',');
            }
            for (double v : y[r]) {
                csv.append(PythonText.number(v)).append(',');
            }
            csv.append(name).append('\n');
        }
    }

    /**
     * A header field, which comes from a column name someone typed: quoted when it holds a comma, a quote
     * or a line break (RFC 4180), and kept from starting a spreadsheet formula when the file is opened in one.
     */
    static String field(String name) {
        String safe = name.isEmpty() || "=+-@\t\r".indexOf(name.charAt(0)) < 0 ? name : "'" + name;
        if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
