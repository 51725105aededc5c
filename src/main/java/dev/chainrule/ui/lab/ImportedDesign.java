package dev.chainrule.ui.lab;

import com.vaadin.flow.server.VaadinSession;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import java.util.Optional;

/**
 * A bare experiment someone imported, on its way to the Lab ({@code lab?imported}): a design is not
 * stored as a run, so it waits in the browser's session, as JSON (a session keeps serialisable values),
 * until the Lab takes it. One at a time: a newer import replaces an older one not yet opened.
 */
public final class ImportedDesign {
    private static final String KEY = ImportedDesign.class.getName();

    private ImportedDesign() {
    }

    public static void keep(ExperimentSpec design) {
        VaadinSession.getCurrent().setAttribute(KEY, ExperimentJson.write(design));
    }

    /** The design waiting for the Lab, once: it leaves the session, so a large one does not stay there. */
    static Optional<ExperimentSpec> take() {
        VaadinSession session = VaadinSession.getCurrent();
        Object json = session.getAttribute(KEY);
        session.setAttribute(KEY, null);
        return json instanceof String s ? Optional.of(ExperimentJson.read(s)) : Optional.empty();
    }
}
