package dev.chainrule.ui.lab;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import dev.chainrule.ui.gradcheck.GradientCheckButton;

/**
 * "Inspect" in the Lab's toolbar: looking inside one update of the network on screen, either stage by stage
 * (the step-through) or every gradient against the loss's own slope (the gradient check). One menu, so the
 * toolbar keeps to one line at 1280 px beside Train, Pause, Resume, Step, Stop, the speed, the status and the title.
 */
class LabInspectMenu extends MenuBar {
    static final String STEP_THROUGH = "Step through one update";
    static final String GRADIENT_CHECK = "Gradient check";

    LabInspectMenu(LabInspection lab) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        addClassName("lab-inspect");
        // the magnifier alone: the toolbar has no room for a word more at 1280 px; the tooltip and the menu say it
        var inspect = addItem(VaadinIcon.SEARCH.create(), "Inspect: step through one update, or check every gradient");
        inspect.getElement().setAttribute("aria-label", "Inspect");
        var items = inspect.getSubMenu();
        items.addItem(STEP_THROUGH, e -> LabStepThrough.open(lab));
        items.addItem(GRADIENT_CHECK, e -> LabGradientCheck.subject(lab).ifPresent(GradientCheckButton::show));
    }
}
