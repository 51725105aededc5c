package dev.chainrule.ui.lab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.HasPrefix;
import com.vaadin.flow.component.shared.HasTooltip;

/**
 * How the Lab shows a field an assignment locks: disabled (by its owner), a lock icon in front of its value where the
 * field has room for one, the tooltip "Locked by the teacher", and the class {@code locked}. A browser shows no
 * tooltip on a disabled field, so the icon and the assignment's banner say it too.
 */
final class LockMarks {
    static final String TOOLTIP = "Locked by the teacher";
    private static final String ICON_CLASS = "locked-icon";

    private LockMarks() {
    }

    static void mark(Component field, boolean locked) {
        field.getElement().getClassList().set("locked", locked);
        if (field instanceof HasTooltip tooltip) {
            tooltip.setTooltipText(locked ? TOOLTIP : null);
        } else if (locked) {
            field.getElement().setAttribute("title", TOOLTIP);
        } else {
            field.getElement().removeAttribute("title");
        }
        if (field instanceof HasPrefix prefixed) {
            Component prefix = prefixed.getPrefixComponent();
            if (locked && prefix == null) {
                prefixed.setPrefixComponent(icon());
            } else if (!locked && prefix != null && prefix.getElement().getClassList().contains(ICON_CLASS)) {
                prefixed.setPrefixComponent(null);
            }
        }
    }

    static Icon icon() {
        Icon lock = VaadinIcon.LOCK.create();
        lock.addClassName(ICON_CLASS);
        lock.getElement().setAttribute("aria-label", TOOLTIP);
        return lock;
    }
}
