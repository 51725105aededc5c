package dev.chainrule.ui.share;

import dev.chainrule.share.ComparisonShareService;
import dev.chainrule.share.ShareNotFoundException;
import dev.chainrule.share.ShareService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP side of share pages: a shared run ({@code /s/{token}}) and a shared comparison ({@code /c/{token}}).
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
    static final String COMPARISON_PATHS = "/c/";

    private final ShareService shares;
    private final ComparisonShareService comparisons;

    SharePageFilter(ShareService shares, ComparisonShareService comparisons) {
        this.shares = shares;
        this.comparisons = comparisons;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith(SHARE_PATHS) && !path.startsWith(COMPARISON_PATHS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "no-referrer"); // before the body: headers cannot follow it
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String token = path.substring(SHARE_PATHS.length()); // both prefixes are three characters
        boolean open = path.startsWith(SHARE_PATHS) ? shares.isOpen(token) : comparisonIsOpen(token);
        if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null && !open) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }

    private boolean comparisonIsOpen(String token) {
        try {
            comparisons.open(token);
            return true;
        } catch (ShareNotFoundException e) {
            return false;
        }
    }
}
