package dev.chainrule.ui.lab;

import com.vaadin.flow.server.VaadinSession;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What a person has set up in the Lab and not trained yet, kept in their session so that a
 * reload (a new UI) or a visit to another page finds it again: the experiment the form describes
 * in the experiment JSON (so every setting the JSON knows comes back, through the same path as
 * "Edit and run again"), the title as typed, and the speed.
 *
 * @param experimentJson the design as {@code chainrule-experiment/1}; its title is a stand-in
 * @param title          the title as typed, empty when the Lab's suggestion is to be used
 * @param speed          the name of a {@link LabControls.Speed}
 */
record LabDraft(String experimentJson, String title, String speed) implements Serializable {
    private static final String ATTRIBUTE = LabDraft.class.getName();
    // ExperimentSpec needs a title; the one typed may be empty (the Lab then suggests one)
    private static final String STAND_IN_TITLE = "Lab draft";

    /** The data options the Lab trains with: standardised inputs, the validation share of the form, the computed inputs ticked. */
    static DataOptions dataOptions(TrainingSettings settings, List<InputFeature> inputFeatures) {
        return DataOptions.defaults().withStandardize(true).withValidation(settings.validationFraction(), 1)
                .withInputFeatures(inputFeatures);
    }

    /**
     * The draft of a Lab showing this dataset (drawn with {@code synthetic}; null unless generated) with these
     * computed inputs, network (hidden and output layers) and settings.
     */
    static LabDraft of(DatasetChoice choice, SyntheticSettings synthetic, List<InputFeature> inputFeatures, NetworkSpec network,
            TrainingSettings settings, String title, LabControls.Speed speed) {
        ExperimentData data = new ExperimentData(dataOptions(settings, inputFeatures), choice.key(), null, null, synthetic);
        ExperimentSpec spec = new ExperimentSpec(STAND_IN_TITLE, data, network.layers(), settings.config(),
                settings.init(), List.of());
        // the field allows 200 characters; a longer value can only come from a tampered request
        String typed = title == null ? "" : title.length() > 200 ? title.substring(0, 200) : title;
        return new LabDraft(ExperimentJson.write(spec), typed, speed == null ? null : speed.name());
    }

    /** The title a run gets when none is typed: "Two spirals · 2-8-8-1 · Adam". */
    static String suggestedTitle(DatasetChoice choice, NetworkSpec network, TrainingSettingsForm.Optimizer optimizer) {
        StringBuilder shape = new StringBuilder().append(network.inputs());
        network.denseLayers().forEach(d -> shape.append('-').append(d.units()));
        return (choice == null ? "" : choice.name() + " · ") + shape + " · "
                + (optimizer == TrainingSettingsForm.Optimizer.ADAM ? "Adam" : "SGD");
    }

    /** The design to show; empty if it cannot be read any more (written by an older version). */
    Optional<ExperimentSpec> experiment() {
        try {
            return Optional.of(ExperimentJson.read(experimentJson));
        } catch (ExperimentFormatException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The speed to show; empty when none was kept or its name is no longer one. */
    Optional<LabControls.Speed> chosenSpeed() {
        for (LabControls.Speed s : LabControls.Speed.values()) {
            if (s.name().equals(speed)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    void saveIn(VaadinSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static Optional<LabDraft> in(VaadinSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof LabDraft draft ? Optional.of(draft) : Optional.empty();
    }
}
