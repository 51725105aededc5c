package dev.chainrule.ui.lab;

import static dev.chainrule.ui.component.FieldChecks.check;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.ClippingSpec;
import dev.chainrule.engine.spec.EarlyStoppingSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.OptimizerSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.ui.component.NumberInput;
import dev.chainrule.ui.component.NumberInput.Range;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    final NumberInput learningRate = NumberInput.decimal("Learning rate", "The learning rate", Range.aboveAtMost(0, 10), 0.01);
    final NumberInput momentum = NumberInput.decimal("Momentum", "Momentum", Range.atLeastBelow(0, 1), 0.9);
    final NumberInput beta1 = NumberInput.decimal("β1", "β1", Range.atLeastBelow(0, 1), 0.9);
    final NumberInput beta2 = NumberInput.decimal("β2", "β2", Range.atLeastBelow(0, 1), 0.999);
    final Select<Batching> batching = select("Batches", Batching.values());
    final NumberInput batchSize = NumberInput.whole("Batch size", "Batch size", 1, 100_000, 16);
    final NumberInput epochs;
    final Select<ClippingSpec.Mode> clipping = select("Gradient clipping", ClippingSpec.Mode.values());
    final NumberInput clipThreshold = NumberInput.decimal("Clip threshold", "The clip threshold", Range.aboveAtMost(0, 1e6), 1.0);
    final NumberInput weightDecay = NumberInput.decimal("Weight decay (L2)", "Weight decay", Range.closed(0, 1), 0.0);
    final NumberInput l1 = NumberInput.decimal("L1", "L1", Range.closed(0, 1), 0.0);
    final Select<Init> init = select("Initial weights", Init.XAVIER, Init.HE);
    final NumberInput seed = NumberInput.whole("Seed", "Seed", Integer.MIN_VALUE, Integer.MAX_VALUE, 42);
    final NumberInput validationFraction = NumberInput.decimal("Validation share", "Validation share", Range.closed(0, 0.5), 0.2);
    final Checkbox earlyStopping = new Checkbox("Stop early when validation loss stalls");
    final NumberInput patience = NumberInput.whole("Patience (epochs)", "Patience", 1, 10_000, 20);
    /** The fields an assignment locks: disabled whatever the others allow. */
    private final Set<Component> locked = new HashSet<>();

    TrainingSettingsForm(int maxEpochs) {
        this.epochs = NumberInput.whole("Epochs", "Epochs", 1, maxEpochs, 200);
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
        l1.setHelperText("λ·Σ|W| added to the loss; 0 = off");
        optimizer.addValueChangeListener(e -> showOptimizerFields());
        batching.addValueChangeListener(e -> enableFields());
        clipping.addValueChangeListener(e -> enableFields());
        earlyStopping.addValueChangeListener(e -> enableFields());
        showOptimizerFields();
        setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("520px", 3));
        add(loss, optimizer, learningRate, momentum, beta1, beta2, batching, batchSize, epochs, clipping,
                clipThreshold, weightDecay, l1, init, seed, validationFraction, earlyStopping, patience);
        setColspan(earlyStopping, 2);
        enableFields();
    }

    /**
     * Locks these fields (an assignment's locked parts) and frees every other; a freed field that depends on
     * another (the batch size on mini-batches) is enabled as that one allows.
     */
    void lock(Collection<? extends Component> fields) {
        locked.clear();
        locked.addAll(fields);
        getChildren().forEach(field -> LockMarks.mark(field, locked.contains(field)));
        enableFields();
    }

    private void enableFields() {
        getChildren().forEach(field -> field.getElement().setEnabled(!locked.contains(field)));
        batchSize.setEnabled(!locked.contains(batchSize) && batching.getValue() == Batching.MINI_BATCH);
        clipThreshold.setEnabled(!locked.contains(clipThreshold) && clipping.getValue() != ClippingSpec.Mode.NONE);
        patience.setEnabled(!locked.contains(patience) && earlyStopping.getValue());
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
        learningRate.setNumber(config.optimizer().learningRate());
        if (config.optimizer() instanceof AdamSpec adam) {
            optimizer.setValue(Optimizer.ADAM);
            beta1.setNumber(adam.beta1());
            beta2.setNumber(adam.beta2());
        } else if (config.optimizer() instanceof SgdSpec sgd) {
            optimizer.setValue(Optimizer.SGD);
            momentum.setNumber(sgd.momentum());
        }
        batching.setValue(config.batchSize() == 0 ? Batching.FULL
                : config.batchSize() == 1 ? Batching.STOCHASTIC : Batching.MINI_BATCH);
        if (config.batchSize() > 1) {
            batchSize.setNumber(config.batchSize());
        }
        epochs.setNumber(config.epochs());
        clipping.setValue(config.clipping().mode());
        clipThreshold.setNumber(config.clipping().threshold());
        weightDecay.setNumber(config.weightDecay());
        l1.setNumber(config.l1());
        // The form offers the random initialisations only; explicit weights stay with the seed example.
        if (initialWeights == Init.XAVIER || initialWeights == Init.HE) {
            init.setValue(initialWeights);
        }
        // The Lab's seeds are ints; a larger one (from a hand-written JSON) is left empty, and the form says so on Train.
        seed.setNumber(config.seed() == (int) config.seed() ? Integer.valueOf((int) config.seed()) : null);
        validationFraction.setNumber(validationShare);
        earlyStopping.setValue(config.earlyStopping() != null);
        if (config.earlyStopping() != null) {
            patience.setNumber(config.earlyStopping().patience());
        }
    }

    Optional<TrainingSettings> settings(Task task) {
        boolean ok = learningRate.check();
        ok &= optimizer.getValue() == Optimizer.ADAM ? beta1.check() & beta2.check() : momentum.check();
        ok &= batching.getValue() != Batching.MINI_BATCH || batchSize.check();
        ok &= epochs.check();
        ok &= clipping.getValue() == ClippingSpec.Mode.NONE || clipThreshold.check();
        ok &= weightDecay.check();
        ok &= l1.check();
        ok &= seed.check();
        ok &= !earlyStopping.getValue() || patience.check();
        // one check per field: a second one would clear the first one's message (a share of 0.6 showed none)
        ok &= check(validationFraction, () -> validationFraction.problem() != null ? validationFraction.problem()
                : earlyStopping.getValue() && validationFraction.getNumber() == 0
                        ? "Early stopping needs a validation share above 0" : null);
        if (!ok) {
            return Optional.empty();
        }
        OptimizerSpec opt = optimizer.getValue() == Optimizer.ADAM
                ? new AdamSpec(learningRate.getNumber(), beta1.getNumber(), beta2.getNumber(), 1e-8)
                : new SgdSpec(learningRate.getNumber(), momentum.getNumber());
        int batch = switch (batching.getValue()) {
            case STOCHASTIC -> 1;
            case MINI_BATCH -> batchSize.getWholeNumber();
            case FULL -> 0;
        };
        ClippingSpec clip = clipping.getValue() == ClippingSpec.Mode.NONE ? ClippingSpec.NONE
                : new ClippingSpec(clipping.getValue(), clipThreshold.getNumber());
        EarlyStoppingSpec stop = earlyStopping.getValue() ? new EarlyStoppingSpec(patience.getWholeNumber(), 0.0) : null;
        try {
            var config = new TrainingConfig(loss.getValue(), opt, batch, epochs.getWholeNumber(), true, seed.getWholeNumber(), clip,
                    weightDecay.getNumber(), stop, task, l1.getNumber());
            loss.setInvalid(false);
            return Optional.of(new TrainingSettings(config, init.getValue(), validationFraction.getNumber()));
        } catch (IllegalArgumentException e) {
            // e.g. "loss bce needs task binary": the loss does not fit the dataset's task
            loss.setErrorMessage(e.getMessage());
            loss.setInvalid(true);
            return Optional.empty();
        }
    }

    /** The labels of the fields that show a problem, for the message beside Train ("Validation share"). */
    List<String> refusedFields() {
        return getChildren().filter(c -> c.isVisible() && c instanceof HasValidation v && v.isInvalid())
                .map(c -> c instanceof HasLabel l ? l.getLabel() : "a setting").toList();
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
}
