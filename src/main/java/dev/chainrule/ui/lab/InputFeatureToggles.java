package dev.chainrule.ui.lab;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.data.prepare.PreparedData;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * TensorFlow Playground's FEATURES column: inputs computed from the two numeric features x1 and x2
 * (x1², x2², x1·x2, sin x1, sin x2), each one a toggle. With x1² and x2² a network without hidden
 * layers can already draw a circle. Only data of exactly two numeric features can have them, so
 * only then are they shown; what is ticked waits, hidden, while other data is chosen.
 */
class InputFeatureToggles extends CheckboxGroup<InputFeature> {
    /** Long column names are cut in the labels (the whole name is in the run's settings). */
    private static final int LONGEST_NAME = 16;
    /** Tried on data of two inputs to learn whether both are numeric; its result is not kept. */
    private static final InputFeature PROBE = InputFeature.X1_SQUARED;

    private String x1 = "x1";
    private String x2 = "x2";
    /** The features the data last prepared has: those ticked when the data takes them, else none. */
    private List<InputFeature> applied = List.of();
    /** True while the Lab ticks boxes itself (an experiment shown): the data is prepared after that, once. */
    private boolean quiet;

    InputFeatureToggles() {
        super("Computed inputs");
        addClassName("input-features");
        setItems(InputFeature.values());
        setItemLabelGenerator(f -> label(f, x1, x2));
        setVisible(false);
    }

    /** Hears a person ticking or unticking a box; not the Lab's own {@link #show}. */
    void onChange(Runnable listener) {
        addValueChangeListener(e -> {
            if (!quiet) {
                listener.run();
            }
        });
    }

    /** Ticks exactly these, e.g. those an experiment recorded, without preparing the data now. */
    void show(List<InputFeature> features) {
        quiet = true;
        try {
            setValue(features.isEmpty() ? Set.of() : EnumSet.copyOf(features));
        } finally {
            quiet = false;
        }
    }

    /** The features ticked, in {@link InputFeature}'s order, whether or not the data shown can have them. */
    List<InputFeature> ticked() {
        Set<InputFeature> value = getValue();
        return value == null || value.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(value));
    }

    /** The computed inputs of the data last prepared, in the order they follow x1 and x2. */
    List<InputFeature> applied() {
        return applied;
    }

    /**
     * The data as {@code preparation} makes it from {@code base}, with the ticked features when it has
     * two numeric features, else without; shows the toggles, named after its columns, only in the first case.
     *
     * @throws DataFormatException when the data cannot be prepared even without them (the caller says why)
     */
    PreparedData prepare(Function<DataOptions, PreparedData> preparation, DataOptions base) {
        List<InputFeature> ticked = ticked();
        if (!ticked.isEmpty()) {
            try {
                return offered(preparation.apply(base.withInputFeatures(ticked)), ticked);
            } catch (DataFormatException refused) {
                // not two numeric features (the boxes were ticked for other data): this data goes without them
            }
        }
        PreparedData plain = preparation.apply(base);
        if (plain.train().features() == 2 && takesFeatures(preparation, base)) {
            return offered(plain, List.of());
        }
        applied = List.of();
        setVisible(false);
        return plain;
    }

    /** "4 inputs: x1, x2, x1², sin x1", or "4 inputs" when none is computed. */
    String inputsLabel(int inputs) {
        String count = inputs + (inputs == 1 ? " input" : " inputs");
        if (applied.isEmpty()) {
            return count;
        }
        StringBuilder names = new StringBuilder(count).append(": ").append(x1).append(", ").append(x2);
        applied.forEach(f -> names.append(", ").append(label(f, x1, x2)));
        return names.toString();
    }

    private PreparedData offered(PreparedData data, List<InputFeature> features) {
        x1 = shortName(data.featureNames().get(0));
        x2 = shortName(data.featureNames().get(1));
        setItemLabelGenerator(f -> label(f, x1, x2)); // draws the labels again with these names
        // a hint on hover, not a line of its own: at 1280×800 the network must stay on the first screen
        getElement().setAttribute("title", "Extra inputs computed from " + x1 + " and " + x2
                + ": with the squares, a network without hidden layers can already draw a circle.");
        applied = features;
        setVisible(true);
        return data;
    }

    // two inputs may also be one categorical column of two values; only a preparation knows
    private static boolean takesFeatures(Function<DataOptions, PreparedData> preparation, DataOptions base) {
        try {
            preparation.apply(base.withInputFeatures(List.of(PROBE)));
            return true;
        } catch (DataFormatException refused) {
            return false;
        }
    }

    /** The Lab's typography (x1², x1·x2, sin x1); the JSON and the run's settings use the ids (x1^2). */
    private static String label(InputFeature f, String a, String b) {
        return switch (f) {
            case X1_SQUARED -> a + "²";
            case X2_SQUARED -> b + "²";
            case X1_TIMES_X2 -> a + "·" + b;
            case SIN_X1 -> "sin " + a;
            case SIN_X2 -> "sin " + b;
        };
    }

    // a column name comes from an uploaded file: shown as text (never markup), on one line, cut short
    private static String shortName(String name) {
        String line = name.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= LONGEST_NAME) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, LONGEST_NAME - 1)) + "…";
    }
}
