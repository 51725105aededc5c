package dev.chainrule.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

/**
 * The Lab's top bar, which never scrolls away (sticky, styles.css): the run's buttons, its epoch,
 * elapsed time and status, and the title its run is saved under. A teacher steers and reads the
 * run from here while scrolling to the settings or the curves.
 */
class LabToolbar extends HorizontalLayout {

    /**
     * @param progress the run's progress bar and status line (class {@code run-status})
     * @param refused  why Train started nothing, beside the button that was pressed
     */
    LabToolbar(LabControls controls, Component progress, TextField title, Component refused) {
        addClassName("lab-toolbar");
        controls.addClassName("lab-controls");
        progress.getElement().getClassList().add("lab-progress");
        title.addClassName("lab-title");
        title.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        // one line: each field's name inside it (its label stays, for screen readers, hidden by styles.css)
        title.setPrefixComponent(prefix("Title"));
        controls.speed.setPrefixComponent(prefix("Speed"));
        setWidthFull();
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(controls, progress, title, refused);
        setFlexGrow(1, progress);
    }

    private static Span prefix(String name) {
        Span prefix = new Span(name);
        prefix.addClassName("field-prefix");
        prefix.getElement().setAttribute("aria-hidden", "true"); // the label says it already
        return prefix;
    }
}
