package dev.chainrule.experiment;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.data.prepare.MissingValueRule;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.EarlyStoppingSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every setting of an experiment as one line each, in the words of the Lab's fields, so that a
 * student reading a shared run can set up the same one: the layers, the training settings and how
 * the data was prepared. The share page shows them as a table; a comparison lines them up side by side.
 */
public final class SettingRows {

    /** One line of the table: what, and its value. */
    public record Setting(String name, String value) {
    }

    private SettingRows() {
    }

    /** The layers ("Layer 1", …), then {@link #besidesLayers}. */
    public static List<Setting> of(ExperimentSpec spec) {
        List<Setting> rows = new ArrayList<>();
        List<LayerSpec> layers = spec.layers();
        for (int i = 0; i < layers.size(); i++) {
            rows.add(new Setting("Layer " + (i + 1), layer(layers.get(i))));
        }
        rows.addAll(besidesLayers(spec));
        return rows;
    }

    /** Every setting but the layers: training, initial weights, seed and data preparation. */
    public static List<Setting> besidesLayers(ExperimentSpec spec) {
        List<Setting> rows = new ArrayList<>();
        List<LayerSpec> layers = spec.layers();
        TrainingConfig t = spec.training();
        rows.add(new Setting("Task", t.task().id()));
        rows.add(new Setting("Loss", t.loss().id()));
        optimizer(t, rows);
        rows.add(new Setting("Batches", t.batchSize() == 0 ? "Full batch" : t.batchSize() == 1 ? "Stochastic (1 example)"
                : "Mini-batches of " + t.batchSize()));
        rows.add(new Setting("Shuffle each epoch", t.shuffle() ? "yes" : "no"));
        rows.add(new Setting("Epochs", String.format("%,d", t.epochs())));
        rows.add(new Setting("Gradient clipping", clipping(t.clipping())));
        rows.add(new Setting("Weight decay (L2)", t.weightDecay() == 0 ? "none" : number(t.weightDecay())));
        rows.add(new Setting("L1", t.l1() == 0 ? "none" : number(t.l1())));
        rows.add(new Setting("Dropout", dropout(layers)));
        rows.add(new Setting("Initial weights", init(spec.init())));
        rows.add(new Setting("Seed", Long.toString(t.seed())));
        DataOptions d = spec.data().options();
        rows.add(new Setting("Validation share", d.validationFraction() == 0 ? "none"
                : number(d.validationFraction()) + " of the rows (split seed " + d.splitSeed() + ")"));
        rows.add(new Setting("Early stopping", earlyStopping(t.earlyStopping())));
        rows.add(new Setting("Input features", d.inputFeatures().isEmpty() ? "none"
                : d.inputFeatures().stream().map(InputFeature::id).collect(Collectors.joining(", "))));
        rows.add(new Setting("Standardised features", d.standardize() ? "yes (mean 0, standard deviation 1)" : "no"));
        rows.add(new Setting("Missing values", d.missingValues() == MissingValueRule.IMPUTE
                ? "filled in from the training rows" : "rows with a gap dropped"));
        if (!d.columnTypes().isEmpty()) {
            rows.add(new Setting("Column types set by hand", d.columnTypes().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue().name().toLowerCase())
                    .sorted().collect(Collectors.joining(", "))));
        }
        return rows;
    }

    /** One layer as the Lab describes it: "Dense, 8 units, tanh". */
    public static String layer(LayerSpec layer) {
        if (layer instanceof DenseSpec dense) {
            return "Dense, " + dense.units() + (dense.units() == 1 ? " unit, " : " units, ") + dense.activation().id();
        }
        if (layer instanceof DropoutSpec dropout) {
            return "Dropout, rate " + number(dropout.rate());
        }
        return layer.getClass().getSimpleName(); // a kind of layer this page does not know yet
    }

    private static void optimizer(TrainingConfig t, List<Setting> rows) {
        if (t.optimizer() instanceof SgdSpec sgd) {
            rows.add(new Setting("Optimizer", sgd.momentum() == 0 ? "SGD (gradient descent)" : "SGD (momentum)"));
            rows.add(new Setting("Learning rate", number(sgd.learningRate())));
            rows.add(new Setting("Momentum", number(sgd.momentum())));
        } else if (t.optimizer() instanceof AdamSpec adam) {
            rows.add(new Setting("Optimizer", "Adam"));
            rows.add(new Setting("Learning rate", number(adam.learningRate())));
            rows.add(new Setting("β1, β2, ε", number(adam.beta1()) + ", " + number(adam.beta2()) + ", "
                    + number(adam.epsilon())));
        }
    }

    private static String clipping(ClippingSpec c) {
        return switch (c.mode()) {
            case NONE -> "none";
            case VALUE -> "by value, each gradient within ±" + number(c.threshold());
            case NORM -> "by norm, at most " + number(c.threshold());
        };
    }

    private static String dropout(List<LayerSpec> layers) {
        long count = layers.stream().filter(DropoutSpec.class::isInstance).count();
        return count == 0 ? "none" : count + (count == 1 ? " layer" : " layers") + " (see the layers above)";
    }

    private static String init(Init init) {
        return switch (init) {
            case XAVIER -> "Xavier (Glorot)";
            case HE -> "He";
            case EXPLICIT -> "given with the experiment";
        };
    }

    private static String earlyStopping(EarlyStoppingSpec e) {
        return e == null ? "off" : "after " + e.patience() + (e.patience() == 1 ? " epoch" : " epochs")
                + " without a better validation loss" + (e.minDelta() > 0 ? " (by at least " + number(e.minDelta()) + ")" : "");
    }

    /** 0.001 as "0.001", 1.0E-8 as "1e-08": short and exact enough to type into the Lab again. */
    public static String number(double v) {
        return String.format("%.6g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
