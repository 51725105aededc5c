package dev.chainrule.ui.account;

import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.Visitor;

/** The header's corner: the person's name with a menu (change password, log out), or log-in and sign-up links. */
public class AccountMenu extends HorizontalLayout {

    public AccountMenu(CurrentVisitor current, AccountService accounts) {
        addClassName("account-menu");
        setAlignItems(Alignment.CENTER);
        Visitor visitor = current.get();
        if (!visitor.isSignedIn()) {
            Anchor logIn = new Anchor("login", "Log in");
            Anchor signUp = new Anchor("signup", "Sign up");
            signUp.addClassName("sign-up-link");
            add(logIn, signUp);
            return;
        }
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var person = menu.addItem(VaadinIcon.USER.create());
        // the name as text: it is whatever the person typed
        person.add(" " + visitor.name());
        person.setId("account-name");
        SubMenu items = person.getSubMenu();
        items.addItem("Change password", e -> new ChangePasswordDialog(current, accounts).open());
        items.addItem("Log out", e -> current.logOut());
        add(menu);
    }
}
