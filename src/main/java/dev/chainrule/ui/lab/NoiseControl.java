package dev.chainrule.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.data.SyntheticDataset;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.ui.component.NumberInput;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * TensorFlow Playground's "Noise" slider and "Regenerate" button, for a generated built-in dataset
 * only: the noise level (percent of the dataset's size), the seed the points are drawn with, and a
 * dice button for a new seed. Changing either draws the points again; the same two numbers always
 * give the same points, so a teacher can read them out and a class sees the same picture.
 * Vaadin 24 has no slider component: the browser's own {@code <input type=range>} (Flow's
 * {@link RangeInput}) is one, and it reports a value when it is let go, not while it is dragged.
 */
class NoiseControl extends HorizontalLayout {
    private final Span noiseLabel = new Span();
    private final RangeInput noise = new RangeInput();
    private final NumberInput seed = NumberInput.whole("Data seed", "The data seed", 0, Integer.MAX_VALUE, 1);
    private final Button newData = new Button("New data", VaadinIcon.RANDOM.create());
    /** What the points shown were drawn with; null while the dataset is not a generated one. */
    private SyntheticSettings drawn;
    private Consumer<SyntheticSettings> changed = s -> { };
    /** True while {@link #show} sets the fields: that is not a teacher asking for new points. */
    private boolean showing;

    NoiseControl() {
        noise.setMin(0);
        noise.setMax(SyntheticSettings.MAX_NOISE);
        noise.setStep(1.0);
        noise.setAriaLabel("Noise");
        noise.setWidthFull();
        noise.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                draw(new SyntheticSettings((int) Math.round(e.getValue()), drawn.seed()));
            }
        });
        seed.setWidth("8em");
        seed.addValueChangeListener(e -> {
            Integer typed = seed.getWholeNumber();
            if (!showing && seed.problem() == null && typed != null) {
                draw(new SyntheticSettings(drawn.noise(), typed));
            }
        });
        newData.getElement().setAttribute("aria-label", "New data: draw the points with another seed");
        newData.addClickListener(e -> {
            int drawnSeed = ThreadLocalRandom.current().nextInt(1, 100_000); // short enough to read out to a class
            int next = drawnSeed == drawn.seed() ? drawnSeed + 1 : drawnSeed; // new data, never the same again
            showSeed(next);
            draw(new SyntheticSettings(drawn.noise(), next));
        });
        noiseLabel.addClassName("noise-level");
        VerticalLayout level = new VerticalLayout(noiseLabel, noise);
        level.setPadding(false);
        level.setSpacing(false);
        setWidthFull();
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.END);
        add(level, seed, newData);
        setFlexGrow(1, level);
        setVisible(false);
    }

    /** Hears the settings each time a teacher asks for the points drawn again. */
    void onChange(Consumer<SyntheticSettings> listener) {
        this.changed = listener;
    }

    /**
     * Shows the control for a generated dataset, set to these settings (null = the dataset's defaults, its
     * file as shipped), or hides it for any other dataset. Hears nothing itself.
     */
    void show(Optional<SyntheticDataset> formula, SyntheticSettings settings) {
        setVisible(formula.isPresent());
        drawn = formula.map(f -> settings != null ? settings : f.defaults()).orElse(null);
        if (drawn != null) {
            showing = true;
            try {
                noise.setValue((double) drawn.noise());
                seed.setNumber(drawn.seed());
            } finally {
                showing = false;
            }
            describe(formula.get());
        }
    }

    /** Its fields, for an assignment that locks the dataset: the noise, the data seed and New data. */
    List<Component> fields() {
        return List.of(noise, seed, newData);
    }

    /** The noise and seed of the points shown; null when the dataset is not a generated one. */
    SyntheticSettings settings() {
        return drawn;
    }

    private void showSeed(int value) {
        showing = true;
        try {
            seed.setNumber(value);
        } finally {
            showing = false;
        }
    }

    private void draw(SyntheticSettings settings) {
        if (!settings.equals(drawn)) {
            drawn = settings;
            noiseLabel.setText("Noise " + settings.noise() + " %");
            changed.accept(settings);
        }
    }

    private void describe(SyntheticDataset formula) {
        noiseLabel.setText("Noise " + drawn.noise() + " %");
        // what the percentage means, for whoever wonders: σ of the Gaussian added to each coordinate
        noiseLabel.getElement().setAttribute("title", "Standard deviation of the noise added to each coordinate, in "
                + "percent of " + formula.scale());
    }
}
