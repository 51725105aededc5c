package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.training.pool.TrainingExecutor;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Boots the real application (in-memory H2) and a mocked browser. Subclasses that add
 * {@code @Import(SynchronousTraining.class)} train synchronously: pressing Train completes the
 * run before the next step of the test.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
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

    @BeforeEach
    void openBrowser() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void closeBrowser() {
        MockVaadin.tearDown();
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
