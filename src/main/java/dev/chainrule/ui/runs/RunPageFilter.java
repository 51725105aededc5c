package dev.chainrule.ui.runs;

import dev.chainrule.account.AccountUser;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Status 404 for the page of a run that is not there for the person asking ({@code /runs/999999}, {@code /runs/abc},
 * someone else's run): Vaadin sends a page's HTML before its router runs, so {@link RunView} can show its not-found
 * view but not set the status of this response. The same question the view asks ({@link RunService#readable}),
 * answered here first; runs the person may read pass as before. Logged-out visitors never get here (the log-in
 * page comes first), and Vaadin's own requests ({@code ?v-r=}) are left alone.
 */
@Component
class RunPageFilter extends OncePerRequestFilter {
    /** {@link RunView}'s route, {@code runs/:id}. */
    private static final String RUN_PAGES = "/runs/";

    private final RunService runs;

    RunPageFilter(RunService runs) {
        this.runs = runs;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith(RUN_PAGES) || !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the request's principal, as Spring Security's chain left it (the holder's static strategy can belong to
        // another application context in the same JVM, as in the tests)
        if (request.getUserPrincipal() instanceof Authentication who && who.getPrincipal() instanceof AccountUser person) {
            String id = request.getRequestURI().substring(request.getContextPath().length() + RUN_PAGES.length());
            if (!readable(person, id)) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        }
        chain.doFilter(request, response);
    }

    private boolean readable(AccountUser person, String id) {
        try {
            runs.readable(person.visitor(), Long.parseLong(id));
            return true;
        } catch (NumberFormatException | RunNotFoundException e) {
            return false;
        }
    }
}
