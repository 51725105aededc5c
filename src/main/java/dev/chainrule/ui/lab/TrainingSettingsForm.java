package dev.chainrule.ui.lab;

import static dev.chainrule.ui.component.FieldChecks.check;
import static dev.chainrule.ui.component.FieldChecks.positive;
import static dev.chainrule.ui.component.FieldChecks.range;
import static dev.chainrule.ui.component.FieldChecks.unitInterval;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.EarlyStoppingSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.OptimizerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.Optional;

/**
 * Every training setting, with defaults that train the built-in datasets well (Adam at 0.01,
 * mini-batches of 16, 200 epochs). {@link #settings(Task)} checks each field and puts the
 * message beside the one that is wrong.
 */
class TrainingSettingsForm extends FormLayout {
    enum Optimizer { SGD, ADAM }

    enum Batching { STOCHASTIC, MINI_BATCH, FULL }

    final Select<LossKind> loss = select("Loss", LossKind.values());
    final Select<Optimizer> optimizer = select("Optimizer", Optimizer.values());
    final NumberField learningRate = number("Learning rate", 0.01);
    final NumberField momentum = number("Momentum", 0.9);
    final NumberField beta1 = number("β1", 0.9);
    final NumberField beta2 = number("β2", 0.999);
    final Select<Batching> batching = select("Batches", Batching.values());
    final IntegerField batchSize = integer("Batch size", 16);
    final IntegerField epochs = integer("Epochs", 200);
    final Select<ClippingSpec.Mode> clipping = select("Gradient clipping", ClippingSpec.Mode.values());
    final NumberField clipThreshold = number("Clip threshold", 1.0);
    final NumberField weightDecay = number("Weight decay (L2)", 0.0);
    final Select<Init> init = select("Initial weights", Init.XAVIER, Init.HE);
    final IntegerField seed = integer("Seed", 42);
    final NumberField validationFraction = number("Validation share", 0.2);
    final Checkbox earlyStopping = new Checkbox("Stop early when validation loss stalls");
    final IntegerField patience = integer("Patience (epochs)", 20);
    private final int maxEpochs;

    TrainingSettingsForm(int maxEpochs) {
        this.maxEpochs = maxEpochs;
        loss.setItemLabelGenerator(LossKind::id);
        optimizer.setItemLabelGenerator(o -> o == Optimizer.SGD ? "SGD (momentum)" : "Adam");
        optimizer.setValue(Optimizer.ADAM);
        batching.setItemLabelGenerator(b -> switch (b) {
            case STOCHASTIC -> "Stochastic (1 example)";
            case MINI_BATCH -> "Mini-batch";
            case FULL -> "Full batch";
        });
        batching.setValue(Batching.MINI_BATCH);
        clipping.setItemLabelGenerator(ClippingSpec.Mode::id);
        clipping.setValue(ClippingSpec.Mode.NONE);
        init.setItemLabelGenerator(i -> i == Init.XAVIER ? "Xavier (Glorot)" : "He");
        init.setValue(Init.XAVIER);
        epochs.setHelperText("1 to " + String.format("%,d", maxEpochs));
        validationFraction.setHelperText("0 to 0.5 of the rows, held out");
        optimizer.addValueChangeListener(e -> showOptimizerFields());
        batching.addValueChangeListener(e -> batchSize.setEnabled(e.getValue() == Batching.MINI_BATCH));
        clipping.addValueChangeListener(e -> clipThreshold.setEnabled(e.getValue() != ClippingSpec.Mode.NONE));
        earlyStopping.addValueChangeListener(e -> patience.setEnabled(e.getValue()));
        clipThreshold.setEnabled(false);
        patience.setEnabled(false);
        showOptimizerFields();
        setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("520px", 3));
        add(loss, optimizer, learningRate, momentum, beta1, beta2, batching, batchSize, epochs, clipping,
                clipThreshold, weightDecay, init, seed, validationFraction, earlyStopping, patience);
        setColspan(earlyStopping, 2);
    }

    /** The loss that suits a task: BCE for two classes, cross-entropy for more, MSE for numbers. */
    void defaultLossFor(Task task) {
        loss.setValue(switch (task) {
            case BINARY -> LossKind.BCE;
            case MULTICLASS -> LossKind.CROSS_ENTROPY;
            case REGRESSION -> LossKind.MSE;
        });
    }

    /** Shows the settings of an earlier run, e.g. to run it again with a change. */
    void show(TrainingConfig config, Init initialWeights, double validationShare) {
        loss.setValue(config.loss());
        learningRate.setValue(config.optimizer().learningRate());
        if (config.optimizer() instanceof AdamSpec adam) {
            optimizer.setValue(Optimizer.ADAM);
            beta1.setValue(adam.beta1());
            beta2.setValue(adam.beta2());
        } else if (config.optimizer() instanceof SgdSpec sgd) {
            optimizer.setValue(Optimizer.SGD);
            momentum.setValue(sgd.momentum());
        }
        batching.setValue(config.batchSize() == 0 ? Batching.FULL
                : config.batchSize() == 1 ? Batching.STOCHASTIC : Batching.MINI_BATCH);
        if (config.batchSize() > 1) {
            batchSize.setValue(config.batchSize());
        }
        epochs.setValue(config.epochs());
        clipping.setValue(config.clipping().mode());
        clipThreshold.setValue(config.clipping().threshold());
        weightDecay.setValue(config.weightDecay());
        // The form offers the random initialisations only; explicit weights stay with the seed example.
        if (initialWeights == Init.XAVIER || initialWeights == Init.HE) {
            init.setValue(initialWeights);
        }
        // The Lab's seeds are ints; a larger one (from a hand-written JSON) is left empty, and the form says so on Train.
        seed.setValue(config.seed() == (int) config.seed() ? (int) config.seed() : null);
        validationFraction.setValue(validationShare);
        earlyStopping.setValue(config.earlyStopping() != null);
        if (config.earlyStopping() != null) {
            patience.setValue(config.earlyStopping().patience());
        }
    }

    Optional<TrainingSettings> settings(Task task) {
        boolean ok = check(learningRate, () -> positive(learningRate, "The learning rate", 10));
        ok &= optimizer.getValue() == Optimizer.ADAM
                ? check(beta1, () -> unitInterval(beta1, "β1")) & check(beta2, () -> unitInterval(beta2, "β2"))
                : check(momentum, () -> momentum.getValue() == null || momentum.getValue() < 0 || momentum.getValue() >= 1
                        ? "Momentum must be at least 0 and below 1" : null);
        ok &= batching.getValue() != Batching.MINI_BATCH
                || check(batchSize, () -> range(batchSize.getValue(), 1, 100_000, "Batch size"));
        ok &= check(epochs, () -> range(epochs.getValue(), 1, maxEpochs, "Epochs"));
        ok &= clipping.getValue() == ClippingSpec.Mode.NONE
                || check(clipThreshold, () -> positive(clipThreshold, "The clip threshold", 1e6));
        ok &= check(weightDecay, () -> weightDecay.getValue() == null || weightDecay.getValue() < 0
                || weightDecay.getValue() > 1 ? "Weight decay must be between 0 and 1" : null);
        ok &= check(seed, () -> seed.getValue() == null ? "Enter a whole number" : null);
        ok &= check(validationFraction, () -> validationFraction.getValue() == null || validationFraction.getValue() < 0
                || validationFraction.getValue() > 0.5 ? "Validation share must be between 0 and 0.5" : null);
        ok &= !earlyStopping.getValue() || check(patience, () -> range(patience.getValue(), 1, 10_000, "Patience"));
        ok &= check(validationFraction, () -> earlyStopping.getValue() && validationFraction.getValue() == 0
                ? "Early stopping needs a validation share above 0" : null);
        if (!ok) {
            return Optional.empty();
        }
        OptimizerSpec opt = optimizer.getValue() == Optimizer.ADAM
                ? new AdamSpec(learningRate.getValue(), beta1.getValue(), beta2.getValue(), 1e-8)
                : new SgdSpec(learningRate.getValue(), momentum.getValue());
        int batch = switch (batching.getValue()) {
            case STOCHASTIC -> 1;
            case MINI_BATCH -> batchSize.getValue();
            case FULL -> 0;
        };
        ClippingSpec clip = clipping.getValue() == ClippingSpec.Mode.NONE ? ClippingSpec.NONE
                : new ClippingSpec(clipping.getValue(), clipThreshold.getValue());
        EarlyStoppingSpec stop = earlyStopping.getValue() ? new EarlyStoppingSpec(patience.getValue(), 0.0) : null;
        try {
            var config = new TrainingConfig(loss.getValue(), opt, batch, epochs.getValue(), true, seed.getValue(), clip,
                    weightDecay.getValue(), stop, task);
            loss.setInvalid(false);
            return Optional.of(new TrainingSettings(config, init.getValue(), validationFraction.getValue()));
        } catch (IllegalArgumentException e) {
            // e.g. "loss bce needs task binary": the loss does not fit the dataset's task
            loss.setErrorMessage(e.getMessage());
            loss.setInvalid(true);
            return Optional.empty();
        }
    }

    private void showOptimizerFields() {
        boolean adam = optimizer.getValue() == Optimizer.ADAM;
        momentum.setVisible(!adam);
        beta1.setVisible(adam);
        beta2.setVisible(adam);
    }

    @SafeVarargs
    private static <T> Select<T> select(String label, T... items) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        return select;
    }

    private static NumberField number(String label, double value) {
        NumberField field = new NumberField(label);
        field.setValue(value);
        return field;
    }

    private static IntegerField integer(String label, int value) {
        IntegerField field = new IntegerField(label);
        field.setValue(value);
        return field;
    }
}
