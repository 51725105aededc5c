package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.AccountUser;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.training.TrainingService;
import dev.chainrule.training.pool.TrainingExecutor;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Boots the real application (in-memory H2) and a mocked browser. Subclasses that add
 * {@code @Import(SynchronousTraining.class)} train synchronously: pressing Train completes the
 * run before the next step of the test.
 * <p>
 * The classes of one configuration share one application (Spring caches it), as the services' tests do: a context
 * of its own per class cost 1.5 to 2.5 s each, about a minute of the suite. So each test leaves no run training
 * ({@link #stopWhatTheyLeftTraining}), and a test counts only rows it made or clears the tables it counts first.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class AbstractAppTest {
    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @TestConfiguration
    public static class SynchronousTraining {
        @Bean
        @Primary
        TrainingExecutor synchronousTrainingExecutor() {
            return TrainingExecutor.synchronous();
        }
    }

    @BeforeAll
    static void discoverRoutes() {
        // Scanning the classpath for routes is slow: once per test class is enough.
        routes = new Routes().autoDiscoverViews("dev.chainrule");
    }

    @Autowired
    protected AccountService accounts;
    @Autowired
    private TrainingService training;
    /** Everyone this test logged in as: their runs are stopped after it. */
    private final Set<String> actedAs = new LinkedHashSet<>();

    /** The person the tests act as unless they log in as someone else or out. */
    protected static final String TESTER = "tester";

    @BeforeEach
    void openBrowser() {
        authenticate(TESTER);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        applyToRequest();
    }

    @AfterEach
    void closeBrowser() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * A run a test left training would train on into the next test class, which shares this application: it would
     * take CPU and count against its person's runs at once there.
     */
    @AfterEach
    void stopWhatTheyLeftTraining() {
        for (String name : actedAs) {
            Visitor person = People.person(accounts, name);
            training.activeRuns(person).forEach(active -> training.stop(person, active.id()));
        }
        actedAs.clear();
    }

    /** The signed-in person, as the services know them (anonymous after {@link #logOut()}). */
    protected Visitor me() {
        return SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof AccountUser user
                ? user.visitor() : Visitor.anonymous(VaadinSession.getCurrent().getSession().getId());
    }

    /**
     * Logs in as the person of this name (signed up the first time), and the page reloads, as after
     * Spring Security's log-in. Karibu runs no servlet filters, so the security context and the mocked
     * request's principal (what Vaadin's access control reads) are set here.
     */
    protected void logInAs(String name) {
        authenticate(name);
        reload();
    }

    /** From now on an anonymous visitor; the page reloads, as after logging out. */
    protected void logOut() {
        SecurityContextHolder.clearContext();
        reload();
    }

    private void authenticate(String name) {
        actedAs.add(name);
        People.person(accounts, name);
        AccountUser user = (AccountUser) accounts.loadUserByUsername(name);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Reloads the page: a new UI in the same session, as a browser's reload makes. */
    protected static void reload() {
        applyToRequest();
        UI.getCurrent().getPage().reload();
        applyToRequest();
    }

    private static void applyToRequest() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /** Chooses the item of the select labelled {@code label} whose shown text is {@code item}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected static void choose(String label, String item) {
        Select select = _get(Select.class, s -> s.withLabel(label));
        Object value = select.getListDataView().getItems()
                .filter(i -> item.equals(select.getItemLabelGenerator().apply(i))).findFirst().orElseThrow();
        _setValue((HasValue) select, value);
    }
}
