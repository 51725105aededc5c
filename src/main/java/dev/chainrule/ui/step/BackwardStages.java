package dev.chainrule.ui.step;

import dev.chainrule.engine.trace.LayerTrace;
import dev.chainrule.engine.trace.ParameterTrace;
import dev.chainrule.engine.trace.UpdateTrace;
import dev.chainrule.ui.component.NetworkDiagram.Highlight;
import dev.chainrule.ui.component.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The gradients, from the loss back: for each unit its error ∂L/∂z, then each weight and bias into it as the
 * product of its chain-rule factors (per example, and summed for a mini-batch) beside the gradient
 * backpropagation computed.
 */
final class BackwardStages {
    private final UpdateTrace trace;
    private final UnitNames names;
    private final ChainRule chain;

    BackwardStages(UpdateTrace trace, UnitNames names) {
        this.trace = trace;
        this.names = names;
        this.chain = new ChainRule(trace, names);
    }

    Stage error(int k, int j) {
        LayerTrace layer = trace.layers().get(k);
        String unit = names.neuron(k + 1, j);
        String z = names.sum(k + 1, j);
        List<Factor> factors = chain.error(k, j);
        List<TextTable.Row> rows = new ArrayList<>();
        List<Highlight.Connection> outgoing = new ArrayList<>();
        boolean last = k == trace.layers().size() - 1;
        LayerTrace above = last ? null : trace.layers().get(k + 1);
        if (above != null) {
            for (int m = 0; m < above.units(); m++) {
                outgoing.add(new Highlight.Connection(k + 1, j, m));
            }
            if (above.units() > 1 && trace.examples() == 1) { // the sum ∂L/∂h starts from, term by term
                for (int m = 0; m < above.units(); m++) {
                    double dz = above.preActivationGradient()[0][m];
                    double w = above.weights()[j][m];
                    rows.add(Tables.row(rows.size(), "∂L/∂" + names.sum(k + 2, m) + " · " + names.weight(k + 1, j, m),
                            "from " + names.neuron(k + 2, m) + ": " + Shown.number(dz) + " × " + Shown.number(w),
                            Shown.number(dz * w)));
                }
            }
        }
        String text = "∂L/∂" + z + ": how much the loss changes when " + z + " changes. The chain rule multiplies the "
                + "factors on the way from the loss back to " + unit + (above != null && above.units() > 1
                        ? "; " + unit + " feeds " + above.units() + " units, so its ∂L/∂" + unit + " adds up one term for each." : ".");
        Stage table = factorTable("∂L/∂" + z, factors, column(layer.preActivationGradient(), j), rows);
        return new Stage("Backward", "the error at " + unit, text, table.head(), table.rows(), table.results(),
                new Highlight(List.of(new Highlight.Neuron(k + 1, j)), outgoing));
    }

    Stage weight(int k, int i, int j) {
        ParameterTrace w = trace.parameter(k, true);
        String name = names.weight(k, i, j);
        String text = name + " connects " + names.neuron(k, i) + " to " + names.neuron(k + 1, j) + ". Its gradient is "
                + names.neuron(k + 1, j) + "'s error times the value the weight multiplies" + batchNote();
        Stage table = factorTable("∂L/∂" + name, chain.weight(k, i, j), w.backward()[w.index(i, j)], new ArrayList<>());
        return new Stage("Backward", name, text, table.head(), table.rows(), table.results(),
                new Highlight(List.of(), List.of(new Highlight.Connection(k, i, j))));
    }

    Stage bias(int k, int j) {
        String name = names.bias(k, j);
        String text = name + " is added to " + names.sum(k + 1, j) + " as it is, so its gradient is "
                + names.neuron(k + 1, j) + "'s error times 1" + batchNote();
        Stage table = factorTable("∂L/∂" + name, chain.bias(k, j), trace.parameter(k, false).backward()[j], new ArrayList<>());
        return new Stage("Backward", name, text, table.head(), table.rows(), table.results(),
                new Highlight(List.of(new Highlight.Neuron(k + 1, j)), List.of()));
    }

    private String batchNote() {
        return trace.examples() == 1 ? "." : ", added up over the " + trace.examples() + " examples of the mini-batch.";
    }

    /** The error of a unit: its value per example (no sum: each example has its own). */
    private Stage factorTable(String product, List<Factor> factors, double[] engine, List<TextTable.Row> rows) {
        return factorTable(product, factors, engine, null, rows);
    }

    /** A parameter's gradient: backpropagation's value, summed over the batch. */
    private Stage factorTable(String product, List<Factor> factors, double gradient, List<TextTable.Row> rows) {
        return factorTable(product, factors, null, gradient, rows);
    }

    /**
     * The factors as a table: one row per factor for one example; one row per example and a column per factor
     * for a mini-batch. {@code engine} (per example) or {@code gradient} (summed) is backpropagation's value.
     */
    private Stage factorTable(String product, List<Factor> factors, double[] engine, Double gradient, List<TextTable.Row> rows) {
        List<String> results = new ArrayList<>();
        String chain = String.join(" × ", factors.stream().map(Factor::symbol).toList());
        int n = trace.examples();
        if (n == 1) {
            for (Factor f : factors) {
                rows.add(Tables.row(rows.size(), f.symbol(), f.meaning(), Shown.number(f.values()[0])));
            }
            double p = Factor.product(factors, 0);
            results.add(product + " = " + chain + (factors.size() == 1 ? "" : " = " + Shown.number(p)));
            Double backprop = engine != null ? Double.valueOf(engine[0]) : gradient;
            if (backprop != null && backprop != p) { // rounding in another order: the last digits differ
                results.add(product + " as backpropagation computed it = " + Shown.number(backprop));
            }
            return new Stage("", "", "", Tables.head("factor", "what it is", "value"), rows, results, null);
        }
        List<String> head = new ArrayList<>(List.of("example"));
        factors.forEach(f -> head.add(f.symbol()));
        head.add(product);
        double sum = 0.0;
        for (int r = 0; r < n; r++) {
            List<String> cells = new ArrayList<>(List.of(Tables.example(trace.rows()[r])));
            for (Factor f : factors) {
                cells.add(Shown.number(f.values()[r]));
            }
            double p = Factor.product(factors, r);
            sum += p;
            cells.add(Shown.number(p));
            rows.add(Tables.row(rows.size(), cells));
        }
        results.add("each example's " + product + " = " + chain);
        factors.forEach(f -> results.add(f.symbol() + ": " + f.meaning()));
        if (gradient != null) {
            results.add("sum over the " + n + " examples = " + Shown.number(sum));
            results.add(product + " = " + Shown.number(gradient) + " (backpropagation's sum over the mini-batch, which the update uses)");
        }
        return new Stage("", "", "", Tables.head(head), rows, results, null);
    }

    private static double[] column(double[][] m, int j) {
        return ChainRule.column(m, j);
    }
}
