package dev.chainrule.ui.datasets;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.account.CurrentVisitor;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dataset library: the datasets on the left, the selected one on the right; upload, rename, delete. */
@Route(value = "datasets", layout = MainLayout.class)
@PermitAll
@PageTitle("Datasets · Chainrule")
public class DatasetsView extends HorizontalLayout implements BeforeEnterObserver {
    private static final String FIRST_SHOWN = "builtin:iris";

    private final DatasetService datasets;
    private final DatasetUpload upload;
    private final DatasetLibrary library = new DatasetLibrary();
    private final DatasetDetails details;

    private final Visitor visitor;
    /** The last upload's "Added" toast: a later file's refusal must not show beside it. */
    private Notification added;

    public DatasetsView(DatasetService datasets, CurrentVisitor current) {
        this.visitor = current.get();
        this.datasets = datasets;
        this.upload = new DatasetUpload(datasets, visitor);
        this.details = new DatasetDetails(datasets, visitor);
        upload.onStored(this::added);
        upload.onAttempt(this::closeAdded);
        upload.onDuplicate(existing -> {
            library.select(uploadKey(existing));
            library.reveal(uploadKey(existing));
        });
        library.onSelect(this::show);
        details.onRenamed(key -> {
            refresh();
            library.select(key);
        });
        details.onDeleted(() -> {
            refresh();
            library.select(FIRST_SHOWN);
        });

        VerticalLayout left = new VerticalLayout(new H2("Datasets"), upload, library);
        left.addClassName("datasets-left");
        left.setWidth(null); // the stylesheet's: 380 px beside the details, the whole width on a phone
        details.setMinWidth("0");
        addClassName("datasets-view");
        setSizeFull();
        setSpacing(false);
        add(left, details);
        setFlexGrow(1, details);
        refresh();
        library.select(FIRST_SHOWN);
    }

    /** {@code /datasets?dataset=builtin:iris} opens with that dataset selected: a link a teacher can share. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("dataset").ifPresent(library::select);
    }

    private void refresh() {
        Map<Long, Dataset> uploads = datasets.uploads(visitor).stream().collect(Collectors.toMap(Dataset::getId, Function.identity()));
        List<LibraryEntry> entries = new ArrayList<>();
        for (DatasetChoice choice : datasets.choices(visitor)) {
            Dataset stored = choice.isBuiltIn() ? null : uploads.get(choice.storedId());
            if (choice.isBuiltIn()) {
                entries.add(LibraryEntry.builtIn(choice));
            } else if (stored != null) {
                entries.add(LibraryEntry.upload(choice, stored));
            }
        }
        library.show(entries);
    }

    private void show(LibraryEntry entry) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ui.getInternals().getActiveViewLocation()
                .getPath() + "?" + QueryParameters.of("dataset", entry.key()).getQueryString()));
        try {
            details.show(entry, datasets.table(entry.choice()), datasets.profile(entry.choice()));
        } catch (DataFormatException e) {
            // Only if the importer became stricter since the file was stored.
            Notification.show(entry.name() + " can no longer be read: " + e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void added(Dataset saved) {
        refresh();
        library.select(uploadKey(saved));
        library.reveal(uploadKey(saved));
        DatasetProfile profile = datasets.profile(datasets.choice(visitor, uploadKey(saved)));
        closeAdded();
        added = Notification.show("Added \u201c" + saved.getName() + "\u201d: "
                + DatasetDetails.detected(profile) + ".", 8000, Notification.Position.BOTTOM_END); // not over the new card
        added.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void closeAdded() {
        if (added != null) {
            added.close();
            added = null;
        }
    }

    private static String uploadKey(Dataset d) {
        return "upload:" + d.getId();
    }
}
