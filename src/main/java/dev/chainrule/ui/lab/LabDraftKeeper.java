package dev.chainrule.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.engine.spec.NetworkSpec;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps the Lab's draft ({@link LabDraft}) in the session as it changes: after every change of a
 * field of the dataset picker, its computed inputs, the settings form, the title or the speed, and of the network. It
 * saves only once the Lab has been filled ({@link #open}), so the defaults a new Lab starts with
 * never overwrite the draft it is about to show, and keeps the last complete draft while a field
 * holds something that cannot be trained (the message is beside the field).
 */
final class LabDraftKeeper {
    private final DatasetPicker dataset;
    private final NetworkBuilder builder;
    private final TrainingSettingsForm settings;
    private final TextField title;
    private final LabControls controls;
    private boolean open;

    LabDraftKeeper(DatasetPicker dataset, NetworkBuilder builder, TrainingSettingsForm settings, TextField title,
            LabControls controls) {
        this.dataset = dataset;
        this.builder = builder;
        this.settings = settings;
        this.title = title;
        this.controls = controls;
        // Every field inside these, whoever adds it (the settings form grows): a change of any is a change of the draft.
        Stream.of(dataset, dataset.inputToggles(), settings, title, controls.speed).flatMap(LabDraftKeeper::withDescendants)
                .filter(c -> c instanceof HasValue<?, ?>)
                .forEach(c -> ((HasValue<?, ?>) c).addValueChangeListener(e -> save()));
        builder.addChangeListener(spec -> save());
    }

    /** The draft this session keeps, if any. */
    Optional<LabDraft> saved() {
        return LabDraft.in(VaadinSession.getCurrent());
    }

    /** The Lab shows what it should (a draft, a run to edit or the defaults): from now on each change is kept. */
    void open() {
        open = true;
        save();
    }

    private void save() {
        if (!open) {
            return;
        }
        Optional<NetworkSpec> network = builder.spec();
        DatasetChoice choice = dataset.choice();
        PreparedData prepared = dataset.prepared();
        if (network.isEmpty() || choice == null || prepared == null) {
            return;
        }
        settings.settings(prepared.task()).ifPresent(s -> LabDraft.of(choice, dataset.synthetic(), dataset.inputFeatures(), network.get(), s, title.getValue(),
                controls.speed.getValue()).saveIn(VaadinSession.getCurrent()));
    }

    private static Stream<Component> withDescendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(LabDraftKeeper::withDescendants));
    }
}
