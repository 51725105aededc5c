package dev.chainrule.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs and uploads from before accounts go to the first administrator: the one named in the
 * settings, or else the first person to sign up. Each context here has a database of its own.
 */
class FirstAdministratorTest {

    // a Timestamp and bytes as parameters: PostgreSQL's driver takes no Instant, and X'61' is a bit string there
    static void insertOwnerlessRows(JdbcTemplate db) {
        db.update("INSERT INTO run (title, spec, status, created_at) VALUES ('old run', '{}', 'completed', ?)",
                Timestamp.from(Instant.now()));
        db.update("INSERT INTO dataset (name, source_file_name, created_at, row_count, column_count, columns, content, checksum)"
                + " VALUES ('old data', 'old.csv', ?, 1, 1, '{}', ?, 'abc')", Timestamp.from(Instant.now()), new byte[] {'a'});
    }

    static long ownerOf(JdbcTemplate db, String table) {
        return db.queryForObject("SELECT owner_id FROM " + table + " WHERE owner_id IS NOT NULL FETCH FIRST 1 ROWS ONLY",
                Long.class);
    }

    @Nested
    // a context (and so an in-memory database) of its own: a cached one would already hold accounts
    @SpringBootTest(properties = "chainrule.test.database=first-administrator")
    @ActiveProfiles("test")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class WithoutSettings {
        @Autowired
        AccountService accounts;
        @Autowired
        JdbcTemplate db;

        @Test
        @Order(1) // before anyone else signs up in this context's database
        void theFirstPersonToSignUpBecomesAdministratorAndReceivesTheRowsFromBefore() {
            insertOwnerlessRows(db);
            Account first = accounts.signUp("Ada Lovelace", "analytical engine notes");
            Account second = accounts.signUp("Charles", "difference engine two");

            assertThat(first.isAdministrator()).isTrue();
            assertThat(second.isAdministrator()).isFalse();
            assertThat(ownerOf(db, "run")).isEqualTo(first.getId());
            assertThat(ownerOf(db, "dataset")).isEqualTo(first.getId());
            assertThat(db.queryForObject("SELECT COUNT(*) FROM run WHERE owner_id IS NULL", Integer.class)).isZero();
        }

        @Test
        void namesAreUniqueWithoutRegardToCaseAndTheRulesSayWhatIsWrong() {
            accounts.signUp("Grace", "compilers all the way down");
            assertThatThrownBy(() -> accounts.signUp("  grace ", "another long password"))
                    .isInstanceOf(AccountException.class).hasMessageContaining("is taken");
            assertThatThrownBy(() -> accounts.signUp("Al", "a long enough password"))
                    .isInstanceOf(AccountException.class).hasMessageContaining("at least 3 characters");
            assertThatThrownBy(() -> accounts.signUp("Alan", "short"))
                    .isInstanceOf(AccountException.class).hasMessageContaining("at least 10 characters");
            assertThatThrownBy(() -> accounts.signUp("tab\tname", "a long enough password"))
                    .isInstanceOf(AccountException.class).hasMessageContaining("control characters");
        }
    }

    @Nested
    @SpringBootTest(properties = {"chainrule.admin.name=Head Teacher", "chainrule.admin.password=a school-wide secret"})
    @ActiveProfiles("test")
    class WithSettings {
        @Autowired
        AccountService accounts;

        @Test
        void theAdministratorNamedInTheSettingsExistsAtStartUpAndTheFirstSignUpIsAnOrdinaryPerson() {
            Account head = accounts.findByName("head teacher").orElseThrow();
            assertThat(head.isAdministrator()).isTrue();
            assertThat(accounts.signUp("First Pupil", "my very own password").isAdministrator()).isFalse();
        }
    }
}
