package dev.chainrule.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import dev.chainrule.ui.compare.CompareLinks;
import jakarta.annotation.security.PermitAll;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The comparison page is built by another engineer at the same time as the ways into it. Until it is in
 * the build, this stand-in answers its route for the test's browser: Vaadin records a location only for a
 * page that is there (not for the not-found page). Once the real page is there, it is the one navigated to.
 */
@PermitAll
public class ComparisonStandIn extends Div {

    /** Call before navigating: the comparison route answers in this browser session. */
    static void answerTheComparisonRoute() {
        if (!RouteConfiguration.forSessionScope().isPathAvailable(CompareLinks.ROUTE)) {
            RouteConfiguration.forSessionScope().setRoute(CompareLinks.ROUTE, ComparisonStandIn.class, MainLayout.class);
        }
    }

    /** Where the browser is, as the comparison page reads it (Vaadin writes the commas as %2C). */
    static String location() {
        return URLDecoder.decode(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters(),
                StandardCharsets.UTF_8);
    }
}
