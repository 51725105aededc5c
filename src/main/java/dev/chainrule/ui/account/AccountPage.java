package dev.chainrule.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The frame of the log-in and sign-up pages: the product's name (a link home) above a narrow card,
 * and the reminder that the seed example needs no account. These pages stand without the main
 * layout and its menu, so a person sees only what they came to do.
 */
abstract class AccountPage extends VerticalLayout {
    protected final Div card = new Div();

    protected AccountPage() {
        Anchor name = new Anchor("", "Chainrule");
        name.addClassName("app-name");
        Span tagline = new Span("watch a neural network learn");
        tagline.addClassName("app-tagline");
        Div brand = new Div(name, new Span(" "), tagline);
        brand.addClassName("account-brand");
        card.addClassName("account-card");
        Paragraph seed = new Paragraph("No account yet? You can ");
        seed.add(new Anchor("", "train the seed example"), new Span(" without one."));
        seed.addClassName("hint");
        setAlignItems(Alignment.CENTER);
        addClassName("account-page");
        add(brand, card, seed);
    }

    protected void addToCard(Component... components) {
        card.add(components);
    }
}
