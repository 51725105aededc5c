package dev.chainrule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The postgres profile boots the application on a real PostgreSQL server and Flyway builds the same schema there as
 * on H2 from the same migrations. Runs on PostgreSQL only ({@code CHAINRULE_TEST_DB_URL=... ./mvnw verify}, whose
 * profile postgres-tests adds the postgres profile): on H2 there is no server to talk to.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "spring.profiles.include", matches = "(.*,)?postgres(,.*)?")
class PostgresProfileTest {
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate db;
    @Autowired
    Environment environment;
    @Autowired
    Flyway flyway;

    @Test
    void theApplicationRunsOnPostgresqlWithEveryMigrationApplied() throws SQLException {
        assertThat(environment.getActiveProfiles()).contains("postgres");
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(flyway.info().pending()).isEmpty();
        // applied() also lists the row that records Flyway creating the schema, which has no version
        int migrations = (int) Arrays.stream(flyway.info().applied()).filter(m -> m.getVersion() != null).count();
        assertThat(migrations).isGreaterThanOrEqualTo(10);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL AND success",
                Integer.class)).isEqualTo(migrations);
    }

    @Test
    void everyTableHasTheColumnsItHasOnH2() throws SQLException {
        SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:postgres-profile-test;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        Map<String, String> onH2 = columns(h2);
        Map<String, String> onPostgresql = columns(dataSource);
        assertThat(onPostgresql.keySet()).containsExactlyElementsOf(onH2.keySet());
        assertThat(onPostgresql).isEqualTo(onH2);
    }

    /** Table → its columns in order, each with whether it may be null, in lower case (H2 folds names up). */
    private static Map<String, String> columns(DataSource source) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = source.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.equals("flyway_schema_history")) {
                        continue;
                    }
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : "");
                    tables.merge(table, column, (a, b) -> a + ", " + b);
                }
            }
        }
        return tables;
    }
}
