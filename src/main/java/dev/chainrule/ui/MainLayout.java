package dev.chainrule.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * The frame around every page: the product name and the navigation. The menu names pages by their
 * paths, so this frame, which every page uses, depends on none of them.
 */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 name = new H1("Chainrule");
        name.addClassName("app-name");
        Span tagline = new Span("watch a neural network learn");
        tagline.addClassName("app-tagline");
        HorizontalLayout header = new HorizontalLayout(name, tagline);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.addClassName("app-header");

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Train the seed example", "", VaadinIcon.PLAY_CIRCLE.create()));
        nav.addItem(new SideNavItem("Lab", "lab", VaadinIcon.FLASK.create()));
        nav.addItem(new SideNavItem("Datasets", "datasets", VaadinIcon.TABLE.create()));
        nav.addItem(new SideNavItem("Runs", "runs", VaadinIcon.ARCHIVE.create()));

        addToNavbar(header);
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
