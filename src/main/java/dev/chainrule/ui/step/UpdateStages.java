package dev.chainrule.ui.step;

import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.engine.trace.OptimizerTrace;
import dev.chainrule.engine.trace.ParameterTrace;
import dev.chainrule.engine.trace.UpdateTrace;
import dev.chainrule.ui.component.NetworkDiagram.Highlight;
import dev.chainrule.ui.component.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The update: the optimizer's rule and settings, then for each weight and bias its gradient on the way to
 * the optimizer (L1, clipping, weight decay when on), the optimizer's state (SGD's velocity, Adam's moments
 * and bias corrections) and the new value, each from the engine. Adam's m̂ and v̂ are the textbook's way of
 * writing the bias corrections, which the engine folds into its step size; they are worked out here for
 * reading, and the new weight is the engine's.
 */
final class UpdateStages {
    private final UpdateTrace trace;
    private final UnitNames names;
    private final TrainingConfig config;
    private final OptimizerTrace optimizer;

    UpdateStages(UpdateTrace trace, UnitNames names) {
        this.trace = trace;
        this.names = names;
        this.config = trace.config();
        this.optimizer = trace.optimizer();
    }

    Stage rule() {
        List<TextTable.Row> rows = new ArrayList<>();
        String text;
        if (config.optimizer() instanceof AdamSpec adam) {
            text = "Adam keeps two running averages per weight: m of the gradient and v of its square. Early on they "
                    + "lean towards 0, so each is divided by a bias correction; then w − η·m̂ / (√v̂ + ε).";
            add(rows, "η", "the learning rate", adam.learningRate());
            add(rows, "β1", "how much of m carries over", adam.beta1());
            add(rows, "β2", "how much of v carries over", adam.beta2());
            add(rows, "ε", "keeps the division safe", adam.epsilon());
            add(rows, "t", "steps taken, this one included", optimizer.step());
            add(rows, "1 − β1ᵗ", "m's bias correction", optimizer.biasCorrection1());
            add(rows, "1 − β2ᵗ", "v's bias correction", optimizer.biasCorrection2());
        } else {
            SgdSpec sgd = (SgdSpec) config.optimizer();
            text = sgd.momentum() == 0.0 ? "Gradient descent: each weight takes a step against its gradient, new w = w − η·g."
                    : "Gradient descent with momentum: a velocity v gathers the gradients, v = μ·v + g (on the first "
                    + "step v = g), and each weight steps against it: new w = w − η·v.";
            add(rows, "η", "the learning rate", sgd.learningRate());
            if (sgd.momentum() != 0.0) {
                add(rows, "μ", "the momentum: how much of v carries over", sgd.momentum());
            }
        }
        if (config.l1() > 0.0) {
            add(rows, "λ (L1)", "adds λ·sign(w) to each weight's gradient", config.l1());
        }
        if (config.clipping().mode() != ClippingSpec.Mode.NONE) {
            add(rows, "clipping", clipping(), config.clipping().threshold());
        }
        if (config.weightDecay() > 0.0) {
            add(rows, "λ (weight decay)", "adds λ·w to each weight's gradient", config.weightDecay());
        }
        return new Stage("Update", "the rule", text, Tables.head("setting", "what it is", "value"), rows, List.of(),
                new Highlight(List.of(), List.of()));
    }

    /** Element {@code (i, j)} of {@code p} (j alone for a bias). */
    Stage parameter(ParameterTrace p, int i, int j) {
        int k = p.layer();
        String name = p.weight() ? names.weight(k, i, j) : names.bias(k, j);
        int x = p.index(i, j);
        List<TextTable.Row> rows = new ArrayList<>();
        add(rows, "w", name + " before the update", p.before()[x]);
        add(rows, "g", "∂L/∂" + name + " from backpropagation", p.backward()[x]);
        if (p.afterL1() != null) {
            add(rows, "g + λ·sign(w)", "L1 pulls the weight towards 0", p.afterL1()[x]);
        }
        if (p.afterClipping() != null) {
            add(rows, "g clipped", clipping(), p.afterClipping()[x]);
        }
        if (p.afterDecay() != null) {
            add(rows, "g + λ·w", p.weight() ? "weight decay" : "weight decay leaves biases alone", p.afterDecay()[x]);
        }
        double g = p.gradient()[x];
        double w = p.before()[x];
        if (config.optimizer() instanceof AdamSpec adam) {
            adam(rows, p, x, adam);
        } else if (p.velocity() != null) {
            SgdSpec sgd = (SgdSpec) config.optimizer();
            add(rows, "v before", optimizer.firstStep() ? "none yet: the first step starts v at g" : "the velocity so far",
                    p.velocity().before()[x]);
            add(rows, optimizer.firstStep() ? "v = g" : "v = μ·v + g", optimizer.firstStep() ? "the first velocity"
                    : Shown.number(sgd.momentum()) + " × " + Shown.number(p.velocity().before()[x]) + " + " + Shown.number(g),
                    p.velocity().after()[x]);
            add(rows, "new w = w − η·v", Shown.number(w) + " − " + Shown.number(sgd.learningRate()) + " × "
                    + Shown.number(p.velocity().after()[x]), p.after()[x]);
        } else {
            double eta = ((SgdSpec) config.optimizer()).learningRate();
            add(rows, "new w = w − η·g", Shown.number(w) + " − " + Shown.number(eta) + " × " + Shown.number(g), p.after()[x]);
        }
        Highlight marked = p.weight() ? new Highlight(List.of(), List.of(new Highlight.Connection(k, i, j)))
                : new Highlight(List.of(new Highlight.Neuron(k + 1, j)), List.of());
        return new Stage("Update", name, "The gradient on its way to the optimizer, and " + name + "'s new value.",
                Tables.head("", "what it is", "value"), rows, List.of("new " + name + " = " + Shown.number(p.after()[x])),
                marked);
    }

    private void adam(List<TextTable.Row> rows, ParameterTrace p, int x, AdamSpec adam) {
        double m = p.firstMoment().after()[x];
        double v = p.secondMoment().after()[x];
        double mHat = m / optimizer.biasCorrection1();
        double vHat = v / optimizer.biasCorrection2();
        add(rows, "m before", "the gradient's running average so far", p.firstMoment().before()[x]);
        add(rows, "m = β1·m + (1 − β1)·g", "β1 = " + Shown.number(adam.beta1()), m);
        add(rows, "v before", "the squared gradient's running average so far", p.secondMoment().before()[x]);
        add(rows, "v = β2·v + (1 − β2)·g²", "β2 = " + Shown.number(adam.beta2()), v);
        add(rows, "m̂ = m / (1 − β1ᵗ)", "1 − β1ᵗ = " + Shown.number(optimizer.biasCorrection1()), mHat);
        add(rows, "v̂ = v / (1 − β2ᵗ)", "1 − β2ᵗ = " + Shown.number(optimizer.biasCorrection2()), vHat);
        add(rows, "new w = w − η·m̂ / (√v̂ + ε)", "η = " + Shown.number(adam.learningRate()) + ", ε = "
                + Shown.number(adam.epsilon()), p.after()[x]);
    }

    private String clipping() {
        return config.clipping().mode() == ClippingSpec.Mode.VALUE ? "each gradient kept within ± the threshold"
                : "all gradients scaled together so their norm is at most the threshold";
    }

    private static void add(List<TextTable.Row> rows, String what, String meaning, double value) {
        rows.add(Tables.row(rows.size(), what, meaning, Shown.number(value)));
    }
}
