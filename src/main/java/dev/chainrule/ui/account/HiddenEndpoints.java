package dev.chainrule.ui.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator beyond the health check, and an H2 console, answer "not found" to everyone, logged in or
 * not, with an empty body. The properties already keep them unexposed; this stands in front in case a
 * setting is ever changed, and stops these paths from falling through to Vaadin, which answers any
 * unknown path with its page shell and 200 (a scanner would take that for "something is here").
 */
final class HiddenEndpoints extends OncePerRequestFilter {
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private final RequestMatcher hidden = RequestMatchers.allOf(
            RequestMatchers.anyOf(PATHS.matcher("/actuator/**"), PATHS.matcher("/h2-console/**")),
            new NegatedRequestMatcher(RequestMatchers.anyOf(PATHS.matcher("/actuator/health"),
                    PATHS.matcher("/actuator/health/**"))));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hidden.matches(request)) {
            // Not sendError: Boot's error page would say more than nothing.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentLength(0);
            return;
        }
        chain.doFilter(request, response);
    }
}
