package dev.chainrule.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The header's projector button: the presentation size (class {@code presentation} on the page's
 * root element) makes text, controls and chart lines larger, for the back row of a classroom. The
 * choice is the browser's (localStorage), so it survives reloads, other pages and logging in: the
 * projector is a property of the room, not of the person.
 */
class PresentationToggle extends Button {
    /** Sets the class, remembers it and tells the charts (they draw lines in pixels, not in CSS). */
    private static final String APPLY = """
            const on = $0;
            document.documentElement.classList.toggle('presentation', on);
            try { localStorage.setItem('chainrule.presentation', on ? '1' : '0'); } catch (e) { }
            window.dispatchEvent(new CustomEvent('chainrule-presentation'));""";
    private static final String STORED = """
            let on = false;
            try { on = localStorage.getItem('chainrule.presentation') === '1'; } catch (e) { }
            document.documentElement.classList.toggle('presentation', on);
            // a chart this page drew before the class came is drawn again, thick
            if (on) window.dispatchEvent(new CustomEvent('chainrule-presentation'));
            return on;""";

    private boolean on;

    PresentationToggle() {
        super(VaadinIcon.PRESENTATION.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        addClassName("presentation-toggle");
        getElement().setAttribute("aria-label", "Presentation size: larger text and lines for a projector");
        setTooltipText("Presentation size (for a projector)");
        show(false);
        addClickListener(e -> {
            show(!on);
            getElement().executeJs(APPLY, on);
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // each new page asks the browser what it chose last time
        getElement().executeJs(STORED).then(Boolean.class, this::show);
    }

    private void show(boolean presentation) {
        on = presentation;
        getElement().setAttribute("aria-pressed", String.valueOf(presentation));
    }
}
