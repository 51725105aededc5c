package dev.chainrule.ui.classroom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import dev.chainrule.account.People;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.account.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The class pages (acceptance 1): a teacher creates a class and reads its code; students join with it, with a new
 * account or their own; the roster, removal. Names people typed are shown as text.
 */
class ClassPagesTest extends AbstractAppTest {
    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Autowired
    ClassroomService classes;

    /** Creates a class on /classes as the person logged in; returns its join code, read from the page. */
    static String createClass(String name) {
        UI.getCurrent().navigate(ClassesView.class);
        _setValue(_get(TextField.class, s -> s.withLabel("Class name")), name);
        _click(_get(Button.class, s -> s.withText("Create class")));
        assertThat(_get(H2.class).getText()).isEqualTo(name);
        return _get(Span.class, s -> s.withClasses("join-code")).getText().replace(" ", "");
    }

    static long classIdOnPage() {
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(location).startsWith("classes/");
        return Long.parseLong(location.substring("classes/".length()));
    }

    static void fill(String label, String value) {
        _setValue(_get(TextField.class, s -> s.withLabel(label)), value);
    }

    static void fillPassword(String label, String value) {
        _setValue(_get(PasswordField.class, s -> s.withLabel(label)), value);
    }

    @Test
    void aVisitorJoinsWithTheCodeAsANewStudentAndTheTeacherSeesTheirNameAsText() {
        logInAs("Pages teacher");
        String code = createClass(HOSTILE + " 10B");
        long id = classIdOnPage();
        assertThat(_get(TextField.class, s -> s.withClasses("share-link")).getValue()).endsWith("/join/" + code);

        logOut();
        UI.getCurrent().navigate("join/" + code.toLowerCase());
        assertThat(_get(H2.class).getText()).isEqualTo("Join \u201c" + HOSTILE + " 10B\u201d");
        fill("Display name", HOSTILE);
        fillPassword("Password", People.PASSWORD);
        fillPassword("Password again", People.PASSWORD);
        _click(_get(Button.class, s -> s.withText("Join class")));

        assertThat(accounts.findByName(HOSTILE)).isPresent();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(
                NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE)).isEqualTo("/classes/" + id);
        logInAs("Pages teacher");
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_get(Span.class, s -> s.withClasses("roster-name")).getText()).isEqualTo(HOSTILE);
        assertThat(_get(Span.class, s -> s.withClasses("roster-name")).getElement().getChildren())
                .allMatch(Element::isTextNode);
    }

    @Test
    void aNewStudentsBadNameOrPasswordIsExplainedAndMakesNoAccount() {
        logInAs("Strict teacher");
        String code = createClass("Strict");
        logOut();
        UI.getCurrent().navigate("join/" + code);
        fill("Display name", "No account made");
        fillPassword("Password", "password");
        fillPassword("Password again", "password");
        _click(_get(Button.class, s -> s.withText("Join class")));
        PasswordField password = _get(PasswordField.class, s -> s.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 10 characters");
        fillPassword("Password again", "something else entirely");
        _click(_get(Button.class, s -> s.withText("Join class")));
        assertThat(_get(PasswordField.class, s -> s.withLabel("Password again")).getErrorMessage()).contains("not the same");
        assertThat(accounts.findByName("No account made")).isEmpty();
    }

    @Test
    void aLoggedInPersonJoinsWithTheirOwnAccountAndSeesOnlyNamesAndTheTeacher() {
        logInAs("Own-account teacher");
        String code = createClass("Own accounts");
        long id = classIdOnPage();
        logInAs("Brings an account");
        UI.getCurrent().navigate("join/" + code);
        _click(_get(Button.class, s -> s.withText("Join as Brings an account")));

        assertThat(classIdOnPage()).isEqualTo(id);
        assertThat(_find(_get(UnorderedList.class, s -> s.withClasses("classmates")), ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Brings an account");
        assertThat(_get(Paragraph.class, s -> s.withClasses("class-teacher")).getText())
                .isEqualTo("Teacher: Own-account teacher");
        assertThat(_find(Span.class, s -> s.withClasses("join-code"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Remove"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Reset password"))).isEmpty();

        UI.getCurrent().navigate(ClassesView.class);
        assertThat(_get(Anchor.class, s -> s.withText("Own accounts")).getHref()).isEqualTo("classes/" + id);
    }

    @Test
    void aBadOrRenewedCodeIsExplainedOnTheJoinPage() {
        logOut();
        UI.getCurrent().navigate("join/ABCD0OIL");
        TextField code = _get(TextField.class, s -> s.withLabel("Join code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("never 0, O, 1, I or L");

        logInAs("Renewing teacher");
        String old = createClass("Renewed");
        _click(_get(Button.class, s -> s.withText("New code")));
        _fireConfirm(_get(ConfirmDialog.class));
        String renewed = _get(Span.class, s -> s.withClasses("join-code")).getText().replace(" ", "");
        assertThat(renewed).isNotEqualTo(old);
        UI.getCurrent().navigate("join/" + old);
        assertThat(_get(TextField.class, s -> s.withLabel("Join code")).getErrorMessage())
                .isEqualTo("No class has the join code " + old + ". Check it with your teacher: they may have given the"
                        + " class a new one.");
    }

    @Test
    void theTeacherRemovesAStudentWhoseAccountStaysAndWhoNoLongerFindsTheClass() {
        logInAs("Removing teacher");
        String code = createClass("Removal class");
        long id = classIdOnPage();
        logInAs("Removed student");
        classes.join(me(), code);
        logInAs("Staying student");
        classes.join(me(), code);

        logInAs("Removing teacher");
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_find(Span.class, s -> s.withClasses("roster-name"))).extracting(Span::getText)
                .containsExactly("Removed student", "Staying student");
        _click(_find(Button.class, s -> s.withText("Remove")).get(0));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(Span.class, s -> s.withClasses("roster-name"))).extracting(Span::getText)
                .containsExactly("Staying student");

        logInAs("Removed student");
        assertThat(accounts.findByName("Removed student")).isPresent();
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_find(NotFoundView.class)).hasSize(1);
        UI.getCurrent().navigate("classes/not-a-number");
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void theMenuHasClassesForPeopleLoggedInOnlyAndTheListAsksAnonymousVisitorsToLogIn() {
        UI.getCurrent().navigate(JoinView.class);
        assertThat(_find(SideNavItem.class, s -> s.withPredicate(i -> "Classes".equals(i.getLabel())))).hasSize(1);
        logOut();
        UI.getCurrent().navigate(ClassesView.class);
        assertThat(_find(LoginView.class)).as("/classes asks an anonymous visitor to log in").hasSize(1);
        UI.getCurrent().navigate(JoinView.class);
        assertThat(_find(SideNavItem.class, s -> s.withPredicate(i -> "Classes".equals(i.getLabel())))).isEmpty();
    }
}
