package dev.chainrule.ui.classroom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static dev.chainrule.ui.classroom.ClassPagesTest.HOSTILE;
import static dev.chainrule.ui.classroom.ClassPagesTest.classIdOnPage;
import static dev.chainrule.ui.classroom.ClassPagesTest.createClass;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A class's life after it is made: the teacher renames and deletes it, a student leaves it. */
class ClassSettingsPagesTest extends AbstractAppTest {
    @Autowired
    ClassroomService classes;

    @Test
    void theTeacherRenamesTheClassABlankNameIsExplainedAndTheNewNameIsShownAsText() {
        logInAs("Renaming teacher");
        String code = createClass("Year 9 (old name)");
        long id = classIdOnPage();

        _click(_get(Button.class, s -> s.withText("Rename class\u2026")));
        TextField name = _get(TextField.class, s -> s.withClasses("class-new-name"));
        _setValue(name, "   ");
        _click(_get(Button.class, s -> s.withText("Rename")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        assertThat(classes.open(me(), id).name()).isEqualTo("Year 9 (old name)");

        _setValue(name, HOSTILE);
        _click(_get(Button.class, s -> s.withText("Rename")));
        assertThat(_get(H2.class).getText()).isEqualTo(HOSTILE);
        assertThat(_get(H2.class).getElement().getChildren().allMatch(e -> e.isTextNode())).as("set as text").isTrue();

        logInAs("Renamed class's student");
        classes.join(me(), code);
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_get(H2.class).getText()).isEqualTo(HOSTILE);
    }

    @Test
    void theTeacherDeletesTheClassItsStudentsNoLongerFindItAndKeepTheirAccounts() {
        logInAs("Deleting teacher");
        String code = createClass("Class to delete");
        long id = classIdOnPage();
        logInAs("Student of a deleted class");
        classes.join(me(), code);

        logInAs("Deleting teacher");
        UI.getCurrent().navigate("classes/" + id);
        _click(_get(Button.class, s -> s.withText("Delete class\u2026")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("Every account and every run stays");
        _fireConfirm(confirm);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("classes");
        assertThat(_find(Anchor.class, s -> s.withClasses("class-link"))).isEmpty();

        logInAs("Student of a deleted class");
        assertThat(accounts.findByName("Student of a deleted class")).isPresent();
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void aStudentLeavesTheClassAndTheTeachersRosterNoLongerListsThem() {
        logInAs("Teacher left behind");
        String code = createClass("Class to leave");
        long id = classIdOnPage();
        logInAs("Leaving student");
        classes.join(me(), code);
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_find(Button.class, s -> s.withText("Rename class\u2026"))).as("a student's page").isEmpty();

        _click(_get(Button.class, s -> s.withText("Leave class")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("classes");
        assertThat(_find(Anchor.class, s -> s.withClasses("class-link"))).isEmpty();
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_find(NotFoundView.class)).hasSize(1);

        logInAs("Teacher left behind");
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_find(Span.class, s -> s.withClasses("roster-name"))).isEmpty();
    }
}
