package dev.chainrule.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountException;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.AccountUser;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** One-time reset codes: shown once, stored hashed, single use, expiring, only for accounts made in the class. */
@SpringBootTest
@ActiveProfiles("test")
class PasswordResetServiceTest {
    private static final String NEW_PASSWORD = "a brand new sentence 7";

    @Autowired
    ClassroomService classes;
    @Autowired
    PasswordResetService resets;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    private record Setup(Visitor teacher, long classId, Visitor student) {
    }

    private Setup classWithNewStudent(String teacherName, String studentName) {
        Visitor teacher = People.person(accounts, teacherName);
        long id = classes.create(teacher, "Resets").id();
        Visitor student = classes.joinWithNewAccount(classes.joinCode(teacher, id), studentName, People.PASSWORD).visitor();
        return new Setup(teacher, id, student);
    }

    private boolean passwordIs(String name, String password) {
        return encoder.matches(password, ((AccountUser) accounts.loadUserByUsername(name)).getPassword());
    }

    @Test
    void aCodeSetsANewPasswordOnceAndIsStoredOnlyAsAHash() {
        Setup s = classWithNewStudent("Reset teacher", "Forgetful");
        ResetCode code = resets.start(s.teacher(), s.classId(), s.student().accountId());
        assertThat(code.code()).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");
        assertThat(code.studentName()).isEqualTo("Forgetful");
        String stored = jdbc.queryForObject("SELECT code_hash FROM password_reset WHERE account_id = ?", String.class,
                s.student().accountId());
        assertThat(stored).doesNotContain(code.code()).startsWith("{bcrypt}");

        assertThatThrownBy(() -> resets.setPassword("Forgetful", code.code(), "short"))
                .isInstanceOf(AccountException.class);
        resets.setPassword(" forgetful ", code.code().toLowerCase(), NEW_PASSWORD);
        assertThat(passwordIs("Forgetful", NEW_PASSWORD)).isTrue();

        assertThatThrownBy(() -> resets.setPassword("Forgetful", code.code(), "yet another sentence 8"))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("used already");
        assertThat(passwordIs("Forgetful", NEW_PASSWORD)).isTrue();
    }

    @Test
    void anExpiredCodeAWrongCodeAndAnOlderCodeAreRefusedInWords() {
        Setup s = classWithNewStudent("Expiry teacher", "Late student");
        ResetCode first = resets.start(s.teacher(), s.classId(), s.student().accountId());
        ResetCode second = resets.start(s.teacher(), s.classId(), s.student().accountId());
        assertThatThrownBy(() -> resets.setPassword("Late student", first.code(), NEW_PASSWORD))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("do not go together");
        assertThatThrownBy(() -> resets.setPassword("Someone else", second.code(), NEW_PASSWORD))
                .hasMessageContaining("do not go together");
        assertThatThrownBy(() -> resets.setPassword("Late student", "0000", NEW_PASSWORD))
                .hasMessageContaining("never 0, O, 1, I or L");

        jdbc.update("UPDATE password_reset SET expires_at = ? WHERE account_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), s.student().accountId());
        assertThatThrownBy(() -> resets.setPassword("Late student", second.code(), NEW_PASSWORD))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("expired");
        assertThat(passwordIs("Late student", People.PASSWORD)).isTrue();
    }

    @Test
    void wrongCodesCountAgainstTheNameLikeWrongPasswords() {
        Setup s = classWithNewStudent("Throttle teacher", "Guessed at");
        ResetCode code = resets.start(s.teacher(), s.classId(), s.student().accountId());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> resets.setPassword("Guessed at", "ABCDEFGHJK", NEW_PASSWORD))
                    .hasMessageContaining("do not go together");
        }
        assertThatThrownBy(() -> resets.setPassword("Guessed at", code.code(), NEW_PASSWORD))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("minute");
        assertThat(passwordIs("Guessed at", People.PASSWORD)).isTrue();
    }

    @Test
    void onlyTheTeacherResetsAndOnlyAnAccountMadeByJoiningTheirClass() {
        Setup s = classWithNewStudent("Careful teacher", "Made here");
        Visitor brought = People.person(accounts, "Brought own account");
        classes.join(brought, classes.joinCode(s.teacher(), s.classId()));

        assertThatThrownBy(() -> resets.start(s.teacher(), s.classId(), brought.accountId()))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("with an account they already had");
        assertThatThrownBy(() -> resets.start(brought, s.classId(), s.student().accountId()))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("Only the teacher");
        Visitor stranger = People.person(accounts, "Stranger teacher");
        assertThatThrownBy(() -> resets.start(stranger, s.classId(), s.student().accountId()))
                .isInstanceOf(NoSuchClassException.class);

        ResetCode code = resets.start(s.teacher(), s.classId(), s.student().accountId());
        classes.remove(s.teacher(), s.classId(), s.student().accountId());
        assertThatThrownBy(() -> resets.setPassword("Made here", code.code(), NEW_PASSWORD))
                .as("a removed student's code stops working").hasMessageContaining("do not go together");
        assertThatThrownBy(() -> resets.start(s.teacher(), s.classId(), s.student().accountId()))
                .hasMessageContaining("not a student of this class");
    }
}
