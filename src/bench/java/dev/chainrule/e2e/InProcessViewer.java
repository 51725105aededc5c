package dev.chainrule.e2e;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;

/**
 * A share page opened in-process, with no browser: a Vaadin session and UI of its own (Karibu's mocked
 * servlet on the application's Spring context) showing {@code /s/{token}} to an anonymous visitor, as a
 * student's browser would. Its session is unlocked once the page is open, so the run's updates reach it
 * exactly as they reach a browser's UI: the push threads' {@code ui.access}, then on unlock Vaadin's
 * automatic push. The push connection does what Atmosphere's does before it writes to the socket: it
 * encodes every change since the last push as the UIDL message the browser would receive (the
 * {@link UidlWriter}), and counts those messages and their characters. Only the socket write is missing.
 */
final class InProcessViewer implements AutoCloseable {
    // Karibu keeps a session's "current" instances per thread: each viewer opens and closes on a thread of its own
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "in-process-viewer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong pushes = new AtomicLong();
    private final AtomicLong characters = new AtomicLong();
    private VaadinSession session;
    private UI ui;

    private InProcessViewer() {
    }

    static InProcessViewer open(ApplicationContext context, Routes routes, String token) throws Exception {
        InProcessViewer viewer = new InProcessViewer();
        viewer.onItsThread(() -> {
            MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
            viewer.ui = UI.getCurrent();
            viewer.session = VaadinSession.getCurrent();
            viewer.ui.navigate("s/" + token);
            viewer.ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
            viewer.ui.getInternals().setPushConnection(viewer.new EncodingPush());
            // Karibu holds the lock for a test's whole life; a real session is locked only while something changes it
            viewer.session.unlock();
        });
        return viewer;
    }

    /** The page's status line ("Running · epoch …", "Completed after …"), read under its session's lock. */
    String status() {
        String[] text = {""};
        session.accessSynchronously(() -> find(ui, "run-status").ifPresent(c -> text[0] = ((HasText) c).getText()));
        return text[0];
    }

    long pushes() {
        return pushes.get();
    }

    long characters() {
        return characters.get();
    }

    /** Starts counting afresh (the opening of the page is not part of a measurement). */
    void resetCounts() {
        pushes.set(0);
        characters.set(0);
    }

    @Override
    public void close() throws Exception {
        try {
            onItsThread(() -> {
                session.lock(); // as Karibu expects it at the end
                MockVaadin.tearDown();
            });
        } finally {
            thread.shutdown();
        }
    }

    private void onItsThread(Runnable task) throws Exception {
        try {
            thread.submit(task).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Optional<Component> find(Component root, String className) {
        if (root.getElement().getClassList().contains(className)) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, className)).flatMap(Optional::stream).findFirst();
    }

    /** What Atmosphere's push connection does up to the socket: the UIDL of every change since the last push. */
    private final class EncodingPush implements PushConnection {
        @Override
        public void push() {
            String message = new UidlWriter().createUidl(ui, true).toString();
            pushes.incrementAndGet();
            characters.addAndGet(message.length());
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }
}
