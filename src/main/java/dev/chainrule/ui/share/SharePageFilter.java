package dev.chainrule.ui.share;

import dev.chainrule.share.ShareService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP side of share pages ({@code /s/{token}}).
 * <ul>
 *   <li>{@code Referrer-Policy: no-referrer}: the token in the address is the key to the run and must
 *       not travel in the Referer header to whatever the page loads or links to. The page's own HTML
 *       response is what counts: the browser applies its policy to every request the page makes
 *       afterwards (Vaadin's {@code ?v-r=} requests and its WebSocket included).</li>
 *   <li>Status 404 for a withdrawn, unknown or malformed link. Vaadin sends the page's HTML before its
 *       router runs (that happens in the page's first request back), so the not-found view cannot set
 *       the status of this response itself; the page then shows that view as for any missing thing.</li>
 * </ul>
 */
@Component
class SharePageFilter extends OncePerRequestFilter {
    static final String SHARE_PATHS = "/s/";

    private final ShareService shares;

    SharePageFilter(ShareService shares) {
        this.shares = shares;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + SHARE_PATHS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "no-referrer"); // before the body: headers cannot follow it
        String token = request.getRequestURI().substring(request.getContextPath().length() + SHARE_PATHS.length());
        if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null && !shares.isOpen(token)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }
}
