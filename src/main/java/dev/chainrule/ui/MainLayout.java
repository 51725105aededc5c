package dev.chainrule.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.account.AccountService;
import dev.chainrule.ui.account.AccountMenu;
import dev.chainrule.ui.account.CurrentVisitor;

/**
 * The frame around every page: the product name, who is signed in, and the navigation. The menu
 * names pages by their paths, so this frame, which every page uses, depends on none of them.
 * Below AppLayout's breakpoint (800 px wide) the menu is an overlay that only the drawer toggle
 * opens; on a phone the header drops the tagline (styles.css) so name, toggles and account fit.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentVisitor visitor, AccountService accounts) {
        H1 name = new H1("Chainrule");
        name.addClassName("app-name");
        Span tagline = new Span("watch a neural network learn");
        tagline.addClassName("app-tagline");
        HorizontalLayout brand = new HorizontalLayout(name, tagline);
        brand.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        AccountMenu account = new AccountMenu(visitor, accounts);
        HorizontalLayout header = new HorizontalLayout(brand, new PresentationToggle(), account);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(brand);
        header.setWidthFull();
        header.addClassName("app-header");

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Train the seed example", "", VaadinIcon.PLAY_CIRCLE.create()));
        nav.addItem(new SideNavItem("Lessons", "lessons", VaadinIcon.ACADEMY_CAP.create()));
        nav.addItem(new SideNavItem("Lab", "lab", VaadinIcon.FLASK.create()));
        nav.addItem(new SideNavItem("Datasets", "datasets", VaadinIcon.TABLE.create()));
        nav.addItem(new SideNavItem("Runs", "runs", VaadinIcon.ARCHIVE.create()));
        if (visitor.isSignedIn()) {
            nav.addItem(new SideNavItem("Classes", "classes", VaadinIcon.USERS.create()));
        }

        DrawerToggle menu = new DrawerToggle();
        menu.getElement().setAttribute("aria-label", "Menu");
        addToNavbar(menu, header);
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
