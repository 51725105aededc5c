package dev.chainrule.e2e;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingService;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The server the benchmarks run against (on a free port), and the services they set their runs up with. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ServerBenchmark {
    /** The person who owns the benchmarks' uploads and whose browser opens the Lab. */
    static final String BENCH = "bench";

    /**
     * The server stores runs as a school's does: in the application's own H2 file database (its default URL, as
     * application.properties writes it), in a new directory, not in the tests' in-memory one. A stored epoch costs the
     * file what it costs a school: each commit of the epoch writer writes to the file (WRITE_DELAY=0), and the history
     * leaves the heap. A database given on the command line ({@code -Dspring.datasource.url=...}, e.g. to keep
     * CompareBenchmark's trained runs for its next measurement) is used instead.
     */
    @DynamicPropertySource
    static void schoolDatabase(DynamicPropertyRegistry registry) throws java.io.IOException {
        if (System.getProperty("spring.datasource.url") != null) {
            return;
        }
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("chainrule-bench-data");
        java.util.Properties application = org.springframework.core.io.support.PropertiesLoaderUtils.loadProperties(
                new org.springframework.core.io.ClassPathResource("application.properties"));
        registry.add("chainrule.data-dir", dir::toString);
        registry.add("spring.datasource.url", () -> application.getProperty("spring.datasource.url"));
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    DatasetService datasets;
    @Autowired
    RunLauncher launcher;
    @Autowired
    TrainingService training;

    /**
     * Whether the server runs in Vaadin's development mode (the dev bundle, component tracking, push logging at
     * debug level): every page costs the browser about twice what it costs a school running the production jar.
     */
    static boolean developmentMode() {
        try {
            Class.forName("com.vaadin.base.devserver.DevModeHandlerManagerImpl");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The bench person (signed up the first time). */
    Visitor bench() {
        return person(BENCH);
    }

    /** A person of this name (signed up the first time): each has their own uploads and runs, and run limit. */
    Visitor person(String name) {
        return People.person(accounts, name);
    }

    /** Starts Chromium's session as the bench person: the Lab is only for people logged in, and lists only their uploads. */
    ChromeDriver loggedIn(ChromeDriver driver) {
        bench();
        Browser.logIn(driver, port, BENCH);
        return driver;
    }
}
