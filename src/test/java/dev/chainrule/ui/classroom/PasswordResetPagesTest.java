package dev.chainrule.ui.classroom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.chainrule.ui.classroom.ClassPagesTest.classIdOnPage;
import static dev.chainrule.ui.classroom.ClassPagesTest.createClass;
import static dev.chainrule.ui.classroom.ClassPagesTest.fill;
import static dev.chainrule.ui.classroom.ClassPagesTest.fillPassword;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import dev.chainrule.account.AccountUser;
import dev.chainrule.account.People;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.ui.AbstractAppTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password reset through the pages (acceptance 1): the teacher's one-time code works once at /reset, a wrong one
 * and an expired one are refused with a message saying what to do, and a student who brought their own account
 * cannot be reset by the teacher.
 */
class PasswordResetPagesTest extends AbstractAppTest {
    private static final String NEW_PASSWORD = "my new sentence of words";

    @Autowired
    ClassroomService classes;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    /** As the teacher, on the class page: Reset password for the only student; the code the dialog shows. */
    private String resetCode(long classId) {
        UI.getCurrent().navigate("classes/" + classId);
        _click(_get(Button.class, s -> s.withText("Reset password")));
        Dialog dialog = _get(Dialog.class);
        String code = _get(dialog, Span.class, s -> s.withClasses("reset-code")).getText();
        assertThat(_get(dialog, TextField.class, s -> s.withClasses("share-link")).getValue()).endsWith("/reset");
        _click(_get(dialog, Button.class, s -> s.withText("Done")));
        return code;
    }

    private static String resetWith(String name, String code, String password) {
        reload(); // a fresh form, as after the log-in that follows a success
        UI.getCurrent().navigate(ResetView.class);
        fill("User name", name);
        fill("Code from your teacher", code);
        fillPassword("New password", password);
        fillPassword("New password again", password);
        _click(_get(Button.class, s -> s.withText("Set password and log in")));
        TextField field = _get(TextField.class, s -> s.withLabel("Code from your teacher"));
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    private boolean passwordIs(String name, String password) {
        return encoder.matches(password, ((AccountUser) accounts.loadUserByUsername(name)).getPassword());
    }

    private long classWithNewStudent(String teacher, String student) {
        logInAs(teacher);
        String joinCode = createClass("Reset class of " + teacher);
        long id = classIdOnPage();
        classes.joinWithNewAccount(joinCode, student, People.PASSWORD);
        return id;
    }

    @Test
    void aResetCodeWorksOnceAndLogsTheStudentIn() {
        long id = classWithNewStudent("Resetting teacher", "Forgot it");
        String code = resetCode(id);
        logOut();

        assertThat(resetWith("Forgot it", code, NEW_PASSWORD)).isNull();
        assertThat(passwordIs("Forgot it", NEW_PASSWORD)).isTrue();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(
                NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE)).isEqualTo("/classes");

        assertThat(resetWith("Forgot it", code, "a third password here")).contains("used already");
        assertThat(passwordIs("Forgot it", NEW_PASSWORD)).isTrue();
    }

    @Test
    void aWrongOrExpiredCodeIsRefusedWithWhatToDo() {
        long id = classWithNewStudent("Expiring teacher", "Slow to reset");
        String code = resetCode(id);
        logOut();

        assertThat(resetWith("Slow to reset", "ABCDE FGHJK", NEW_PASSWORD))
                .isEqualTo("This user name and code do not go together. Check both, or ask your teacher for a new code.");
        assertThat(resetWith("Slow to reset", "12345", NEW_PASSWORD)).contains("has 10 letters and digits");
        jdbc.update("UPDATE password_reset SET expires_at = ?", Timestamp.from(Instant.now().minusSeconds(60)));
        assertThat(resetWith("Slow to reset", code, NEW_PASSWORD))
                .isEqualTo("This code has expired: a code works for 24 hours. Ask your teacher for a new one.");
        assertThat(passwordIs("Slow to reset", People.PASSWORD)).isTrue();
    }

    @Test
    void aStudentWhoBroughtTheirOwnAccountCannotBeResetByTheTeacher() {
        logInAs("Cautious teacher");
        String joinCode = createClass("Own accounts only");
        long id = classIdOnPage();
        logInAs("Has an account");
        classes.join(me(), joinCode);
        logInAs("Cautious teacher");
        UI.getCurrent().navigate("classes/" + id);
        Button reset = _get(Button.class, s -> s.withText("Reset password"));
        assertThat(reset.isEnabled()).isFalse();
        assertThat(_get(Span.class, s -> s.withClasses("roster-joined")).getText()).endsWith("with their own account");
        assertThat(_find(Dialog.class)).isEmpty();
    }
}
