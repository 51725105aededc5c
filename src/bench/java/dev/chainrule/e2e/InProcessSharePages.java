package dev.chainrule.e2e;

import com.github.mvysny.kaributesting.v10.Routes;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** Share pages as {@link InProcessViewer}s: a Vaadin session and UI each, their pushes encoded, no browser. */
final class InProcessSharePages implements SharePages {
    private static Routes routes;
    private final ApplicationContext context;
    private final int count;
    private final List<InProcessViewer> viewers = new ArrayList<>();

    InProcessSharePages(ApplicationContext context, int count) {
        this.context = context;
        this.count = count;
    }

    @Override
    public void open(String token) throws Exception {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("dev.chainrule"); // scanning is slow: once
        }
        for (int i = 0; i < count; i++) {
            InProcessViewer viewer = InProcessViewer.open(context, routes, token);
            viewers.add(viewer);
            Waiting.until(() -> viewer.status().startsWith("Paused"), "share page " + (i + 1) + " shows the paused run");
            viewer.resetCounts();
        }
    }

    @Override
    public void checkEverySawTheEnd(int epochs) throws Exception {
        for (InProcessViewer viewer : viewers) {
            Waiting.until(() -> SharePages.sawTheEnd(viewer.status(), epochs), "every share page hears the end");
        }
    }

    @Override
    public String traffic(double seconds) {
        long pushes = viewers.stream().mapToLong(InProcessViewer::pushes).sum();
        long characters = viewers.stream().mapToLong(InProcessViewer::characters).sum();
        return String.format("; each page got %.1f pushes a second, %,d characters of UIDL in all (%.0f kB/s for the %d)",
                pushes / seconds / viewers.size(), characters / viewers.size(), characters / seconds / 1000, viewers.size());
    }

    @Override
    public void close() throws Exception {
        for (InProcessViewer viewer : viewers) {
            viewer.close();
        }
    }
}
