package dev.chainrule.e2e;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.TrainingService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/** The server the benchmarks run against (on a free port), and the services they set their runs up with. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ServerBenchmark {
    /** The person who owns the benchmarks' uploads and whose browser opens the Lab. */
    static final String BENCH = "bench";

    private static final String DATA_PREFIX = "chainrule-bench-data";
    // the id of the JVM whose server uses the folder: a folder whose JVM has gone is a leftover
    private static final String OWNER_FILE = "bench.pid";

    /**
     * The server stores runs as a school's does: in the application's own H2 file database (its default URL, as
     * application.properties writes it), in a new directory, not in the tests' in-memory one. A stored epoch costs the
     * file what it costs a school: each commit of the epoch writer writes to the file (WRITE_DELAY=0), and the history
     * leaves the heap. A database given on the command line ({@code -Dspring.datasource.url=...}, e.g. to keep
     * CompareBenchmark's trained runs for its next measurement) is used instead.
     */
    @DynamicPropertySource
    static void schoolDatabase(DynamicPropertyRegistry registry) throws IOException {
        if (System.getProperty("spring.datasource.url") != null) {
            return;
        }
        removeLeftovers();
        Path dir = Files.createTempDirectory(DATA_PREFIX);
        Files.writeString(dir.resolve(OWNER_FILE), String.valueOf(ProcessHandle.current().pid()));
        java.util.Properties application = org.springframework.core.io.support.PropertiesLoaderUtils.loadProperties(
                new org.springframework.core.io.ClassPathResource("application.properties"));
        registry.add("chainrule.data-dir", dir::toString);
        registry.add("spring.datasource.url", () -> application.getProperty("spring.datasource.url"));
    }

    /*
     * The database stays open until the JVM exits (Spring closes cached test contexts in a shutdown hook), so a benchmark
     * cannot delete its own folder: the next one deletes the folders of benchmarks that have ended (their JVM is gone;
     * folders without an owner file, when untouched for a day), tens of MB each.
     */
    private static void removeLeftovers() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (var folders = Files.newDirectoryStream(tmp, DATA_PREFIX + "*")) {
            for (Path folder : folders) {
                Long pid = ownerPid(folder.resolve(OWNER_FILE));
                boolean ended = pid != null ? ProcessHandle.of(pid).isEmpty()
                        : Files.getLastModifiedTime(folder).toInstant().isBefore(dayAgo);
                if (ended) {
                    FileSystemUtils.deleteRecursively(folder);
                }
            }
        }
    }

    // the JVM named in a folder's owner file; null without one, or while its JVM has yet to write it
    private static Long ownerPid(Path owner) throws IOException {
        if (!Files.exists(owner)) {
            return null;
        }
        try {
            return Long.parseLong(Files.readString(owner).trim());
        } catch (NumberFormatException e) {
            return null;
        }
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
