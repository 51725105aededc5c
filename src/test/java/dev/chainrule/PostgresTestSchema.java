package dev.chainrule;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On PostgreSQL (Maven's {@code postgres-tests} profile, on when CHAINRULE_TEST_DB_URL is set), gives every test
 * context a schema of its own, as H2 gives every context an in-memory database of its own: tests count rows and
 * expect the first sign-up to be the first account, which one shared schema would break. Flyway creates the schema
 * and migrates it; the connections' {@code currentSchema} points there. The schemas are left behind; {@code .ci/run}
 * starts each run of the tests on a new database. On H2 this does nothing.
 */
public class PostgresTestSchema implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        // a URL that names its schema already is another process on a test's schema (TwoInstancesTest's child)
        if (url == null || !url.startsWith("jdbc:postgresql:") || url.contains("currentSchema=")) {
            return;
        }
        // a letter first and no dashes: an identifier PostgreSQL takes unquoted
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-schema", Map.of(
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.flyway.default-schema", schema,
                "spring.flyway.schemas", schema)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the config files (and so the profiles) have been read
    }
}
