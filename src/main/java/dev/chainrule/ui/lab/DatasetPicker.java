package dev.chainrule.ui.lab;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.run.RowsLeftOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Lab's dataset: a choice from the library, prepared once when chosen (standardised, as the
 * Lab trains), with a line that says what it holds or why it cannot be used. A closed tab keeps
 * no prepared data (a 1,000-column dataset is tens of megabytes): it is prepared again when the
 * Lab comes back, without touching the settings chosen for it. A generated dataset (circles, spirals,
 * blobs, curve) has its noise and data seed here, beside it ({@link NoiseControl}). Data of two
 * numeric features is prepared with the computed inputs ticked ({@link InputFeatureToggles}, which the
 * Lab shows with the network, whose input they are).
 */
class DatasetPicker extends VerticalLayout {
    private static final DataOptions LAB_OPTIONS = DataOptions.defaults().withStandardize(true);

    private final RunLauncher launcher;
    private List<DatasetChoice> choices;
    private final Select<DatasetChoice> select = new Select<>();
    private final Span summary = new Span();
    private final NoiseControl noise = new NoiseControl();
    private final InputFeatureToggles inputFeatures = new InputFeatureToggles();
    /** The noise and seed {@link #choose(String, SyntheticSettings)} asks for, until the choice shows them. */
    private SyntheticSettings wanted;
    private final Span leftOut = new Span(); // rows the Lab does not train on, and why
    private PreparedData prepared;
    private Consumer<PreparedData> chosen = p -> { };
    private Consumer<PreparedData> back = p -> { };

    private final Visitor visitor;

    DatasetPicker(List<DatasetChoice> choices, RunLauncher launcher, Visitor visitor) {
        this.visitor = visitor;
        this.launcher = launcher;
        this.choices = List.copyOf(choices);
        select.setLabel("Dataset");
        select.setItems(this.choices);
        select.setItemLabelGenerator(DatasetChoice::name);
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            noise.show(e.getValue() == null ? Optional.empty() : e.getValue().formula(), wanted);
            wanted = null;
            prepared = prepare(e.getValue());
            if (prepared != null) {
                summary.setText(describe(e.getValue(), prepared));
                leftOut.setText(RowsLeftOut.of(prepared, LAB_OPTIONS.missingValues()).orElse(""));
            }
            chosen.accept(prepared);
        });
        noise.onChange(settings -> drawAgain());
        inputFeatures.onChange(this::drawAgain);
        summary.addClassName("hint");
        leftOut.addClassNames("hint", "rows-left-out");
        setPadding(false);
        setSpacing(false);
        add(select, summary, leftOut, noise);
    }

    /** Hears each newly chosen dataset, prepared; null when it cannot be prepared (the line says why). */
    void onChosen(Consumer<PreparedData> listener) {
        this.chosen = listener;
    }

    /**
     * Hears the same dataset prepared again: when the Lab comes back after a detach, drawn with other noise,
     * or with other computed inputs (so the network's input count may have changed).
     */
    void onBack(Consumer<PreparedData> listener) {
        this.back = listener;
    }

    DatasetChoice choice() {
        return select.getValue();
    }

    /** The noise and data seed of the generated dataset shown, for the experiment to record; null for any other. */
    SyntheticSettings synthetic() {
        return noise.settings();
    }

    /** The fields that choose the rows, for an assignment that locks the dataset: the choice, its noise and data seed. */
    List<Component> fields() {
        List<Component> fields = new ArrayList<>(noise.fields());
        fields.add(0, select);
        return fields;
    }

    /** The computed inputs' toggles, to be placed with the network. */
    InputFeatureToggles inputToggles() {
        return inputFeatures;
    }

    /** The computed inputs the prepared data has, for the experiment to record; empty for data that cannot have them. */
    List<InputFeature> inputFeatures() {
        return inputFeatures.applied();
    }

    /** What the network's input card says: "4 inputs: x1, x2, x1², sin x1". */
    String inputsLabel() {
        return inputFeatures.inputsLabel(prepared == null ? 0 : prepared.train().features());
    }

    /** The chosen dataset as the Lab trains on it; null while none can be used. */
    PreparedData prepared() {
        return prepared;
    }

    /** Offers the library as it is now (a fork has just added a dataset to it). */
    void reload(List<DatasetChoice> newChoices) {
        DatasetChoice current = select.getValue();
        choices = List.copyOf(newChoices);
        select.setItems(choices);
        if (current != null) {
            choose(current.key(), noise.settings()); // the points stay as they were drawn
        }
    }

    /** Chooses the dataset with this key, if the library has it; a generated one as shipped. */
    Optional<DatasetChoice> choose(String key) {
        return choose(key, null);
    }

    /**
     * Chooses the dataset with this key, if the library has it; a generated one drawn with these settings
     * (null = as shipped), as an experiment recorded them.
     */
    Optional<DatasetChoice> choose(String key, SyntheticSettings settings) {
        return choose(key, settings, inputFeatures.ticked());
    }

    /** Like {@link #choose(String, SyntheticSettings)}, prepared with these computed inputs (when it has two numeric features). */
    Optional<DatasetChoice> choose(String key, SyntheticSettings settings, List<InputFeature> features) {
        Optional<DatasetChoice> choice = choices.stream().filter(c -> c.key().equals(key)).findFirst();
        choice.ifPresent(c -> {
            inputFeatures.show(features);
            if (c.equals(select.getValue())) {
                noise.show(c.formula(), settings); // chosen already: only the points may differ
                drawAgain();
            } else {
                wanted = settings;
                select.setValue(c);
            }
        });
        return choice;
    }

    /** The two spirals if the library has them, else its first dataset. */
    void chooseDefault() {
        choose("builtin:spirals").or(() -> choices.stream().findFirst()).ifPresent(select::setValue);
    }

    /** The same dataset with the noise control's settings: new points for the plot, nothing else changes. */
    private void drawAgain() {
        prepared = prepare(select.getValue());
        if (prepared != null) {
            summary.setText(describe(select.getValue(), prepared));
            back.accept(prepared);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (prepared == null && select.getValue() != null) {
            prepared = prepare(select.getValue());
            if (prepared != null) {
                back.accept(prepared);
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        prepared = null;
    }

    private PreparedData prepare(DatasetChoice choice) {
        if (choice == null) {
            return null;
        }
        try {
            return inputFeatures.prepare(options -> launcher.prepare(visitor, choice.key(), noise.settings(), options), LAB_OPTIONS);
        } catch (DataFormatException e) {
            summary.setText(e.getMessage());
            leftOut.setText("");
            return null;
        }
    }

    private static String describe(DatasetChoice choice, PreparedData data) {
        int classes = data.classLabels().size();
        int inputs = data.train().features();
        return String.format("%s %,d rows · %d input%s · %s%s", choice.description(), data.train().rows(), inputs,
                inputs == 1 ? "" : "s", data.task().id(), classes > 0 ? " (" + classes + " classes)" : "");
    }
}
