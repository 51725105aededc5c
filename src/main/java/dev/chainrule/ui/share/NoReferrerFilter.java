package dev.chainrule.ui.share;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Share pages send {@code Referrer-Policy: no-referrer}: the token in their address is the key to the
 * run, and must not travel in the Referer header to whatever the page loads or links to. The page's
 * own HTML response is what counts: the browser applies its policy to every request the page makes
 * afterwards (Vaadin's {@code ?v-r=} requests and its WebSocket included).
 */
@Component
class NoReferrerFilter extends OncePerRequestFilter {
    static final String SHARE_PATHS = "/s/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + SHARE_PATHS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "no-referrer"); // before the body: headers cannot follow it
        chain.doFilter(request, response);
    }
}
