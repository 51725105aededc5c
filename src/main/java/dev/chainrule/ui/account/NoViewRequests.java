package dev.chainrule.ui.account;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A page asked for at an address where no view is: for anyone, signed in or not, it is the app's "not found"
 * page, inside the menu, with status 404. Without this, Spring Security sent an anonymous visitor to log in
 * first, as if the page existed and were private. Only GET and HEAD: a form sent to nowhere stays refused.
 */
public final class NoViewRequests implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && leadsNowhere(request);
    }

    /** True when the request's path is no view's route (a view that then finds nothing, /runs/999, has one). */
    public static boolean leadsNowhere(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/+", "");
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        return !routes.getNavigationRouteTarget(path).hasTarget();
    }
}
