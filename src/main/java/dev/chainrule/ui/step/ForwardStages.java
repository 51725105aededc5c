package dev.chainrule.ui.step;

import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.trace.LayerTrace;
import dev.chainrule.engine.trace.UpdateTrace;
import dev.chainrule.ui.component.NetworkDiagram.Highlight;
import dev.chainrule.ui.component.TextTable;
import java.util.ArrayList;
import java.util.List;

/** The stages before the gradients: the examples, each neuron's weighted sum and activation, the loss. */
final class ForwardStages {
    private final UpdateTrace trace;
    private final UnitNames names;

    ForwardStages(UpdateTrace trace, UnitNames names) {
        this.trace = trace;
        this.names = names;
    }

    Stage inputs() {
        int n = trace.examples();
        List<String> head = new ArrayList<>(List.of("example"));
        for (int i = 0; i < trace.x()[0].length; i++) {
            head.add(names.neuron(0, i));
        }
        for (int o = 0; o < trace.y()[0].length; o++) {
            head.add(trace.y()[0].length == 1 ? "target y" : "target y" + (o + 1));
        }
        List<TextTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<String> cells = new ArrayList<>(List.of(Tables.example(trace.rows()[r])));
            for (double v : trace.x()[r]) {
                cells.add(Shown.number(v));
            }
            for (double v : trace.y()[r]) {
                cells.add(Shown.number(v));
            }
            rows.add(Tables.row(r, cells));
        }
        String which = n == 1 ? "one example" : "a mini-batch of " + n + " examples";
        String text = "Update " + trace.update() + " (epoch " + trace.epoch() + ") learns from " + which
                + ". Forward, each neuron adds up its inputs times their weights, plus its bias, and applies its activation.";
        List<Highlight.Neuron> inputs = new ArrayList<>();
        for (int i = 0; i < trace.x()[0].length; i++) {
            inputs.add(new Highlight.Neuron(0, i));
        }
        return new Stage("Inputs", n == 1 ? "the example" : "the " + n + " examples", text, Tables.head(head), rows,
                List.of(), new Highlight(inputs, List.of()));
    }

    /** Unit {@code j} of dense layer {@code k}: z = Σ input·w + b, then its activation. */
    Stage neuron(int k, int j) {
        LayerTrace layer = trace.layers().get(k);
        String unit = names.neuron(k + 1, j);
        String z = names.sum(k + 1, j);
        List<TextTable.Row> rows = new ArrayList<>();
        List<String> results = new ArrayList<>();
        List<Highlight.Connection> incoming = new ArrayList<>();
        for (int i = 0; i < layer.inputs(); i++) {
            incoming.add(new Highlight.Connection(k, i, j));
        }
        String suffix = layer.inputMask() == null ? "" : " after dropout";
        List<TextTable.Head> head;
        if (trace.examples() == 1) {
            head = Tables.head("part", "numbers", "value");
            for (int i = 0; i < layer.inputs(); i++) {
                double in = layer.input()[0][i];
                double w = layer.weights()[i][j];
                rows.add(Tables.row(i, names.neuron(k, i) + suffix + " · " + names.weight(k, i, j),
                        Shown.number(in) + " × " + Shown.number(w), Shown.number(in * w)));
            }
            rows.add(Tables.row(layer.inputs(), "+ " + names.bias(k, j), "", Shown.number(layer.bias()[j])));
            results.add(z + " = " + Shown.number(layer.preActivation()[0][j]));
            results.add(unit + " = " + Shown.number(layer.output()[0][j]));
        } else {
            List<String> texts = new ArrayList<>(List.of("example"));
            for (int i = 0; i < layer.inputs(); i++) {
                texts.add(names.neuron(k, i) + suffix);
            }
            texts.add(z);
            texts.add(unit);
            head = Tables.head(texts);
            for (int r = 0; r < trace.examples(); r++) {
                List<String> cells = new ArrayList<>(List.of(Tables.example(trace.rows()[r])));
                for (int i = 0; i < layer.inputs(); i++) {
                    cells.add(Shown.number(layer.input()[r][i]));
                }
                cells.add(Shown.number(layer.preActivation()[r][j]));
                cells.add(Shown.number(layer.output()[r][j]));
                rows.add(Tables.row(r, cells));
            }
        }
        String text = z + " = the sum of each input times its weight, plus the bias " + names.bias(k, j) + "; then "
                + unit + " = " + UnitNames.formula(layer.activation()) + ".";
        return new Stage("Forward", unit, text, head, rows, results,
                new Highlight(List.of(new Highlight.Neuron(k + 1, j)), incoming));
    }

    Stage loss() {
        LayerTrace output = trace.layers().get(trace.layers().size() - 1);
        int outputs = output.units();
        List<String> texts = new ArrayList<>(List.of("example"));
        for (int o = 0; o < outputs; o++) {
            texts.add(names.neuron(trace.layers().size(), o));
        }
        for (int o = 0; o < outputs; o++) {
            texts.add(outputs == 1 ? "y" : "y" + (o + 1));
        }
        texts.add("loss");
        List<TextTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < trace.examples(); r++) {
            List<String> cells = new ArrayList<>(List.of(Tables.example(trace.rows()[r])));
            for (int o = 0; o < outputs; o++) {
                cells.add(Shown.number(output.output()[r][o]));
            }
            for (int o = 0; o < outputs; o++) {
                cells.add(Shown.number(trace.y()[r][o]));
            }
            cells.add(Shown.number(trace.loss().perExample()[r]));
            rows.add(Tables.row(r, cells));
        }
        String mean = trace.examples() == 1 ? "" : " (the mean of the " + trace.examples() + " examples' losses)";
        List<Highlight.Neuron> outputsMarked = new ArrayList<>();
        for (int o = 0; o < outputs; o++) {
            outputsMarked.add(new Highlight.Neuron(trace.layers().size(), o));
        }
        return new Stage("Loss", "how far off the prediction is", lossText(trace.loss().kind(), outputs),
                Tables.head(texts), rows, List.of("L = " + Shown.number(trace.loss().value()) + mean),
                new Highlight(outputsMarked, List.of()));
    }

    private static String lossText(LossKind kind, int outputs) {
        return switch (kind) {
            case MSE -> "Squared error: (ŷ − y)²" + (outputs == 1 ? "" : ", averaged over the outputs")
                    + ". Backward starts here: how does L change when each weight changes?";
            case BCE -> "Binary cross-entropy: −[y·log ŷ + (1 − y)·log(1 − ŷ)], small when ŷ is near the target 0 or 1.";
            case CROSS_ENTROPY -> "Cross-entropy: −log of the probability the network gives the true class.";
        };
    }
}
