package dev.chainrule.ui.classroom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.AssignmentLock;
import dev.chainrule.classroom.AssignmentMetric;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.lab.LabView;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Assignments on the pages (issue 15, acceptance 1): the teacher publishes one from the class page, every field
 * checked; a student opens it in the Lab with the locked fields locked and the budget beside the count; Train goes
 * through the server's rules, so a locked field changed anyway, or a network over the budget, starts nothing.
 */
@Import(AbstractAppTest.SynchronousTraining.class)
class AssignmentPagesTest extends AbstractAppTest {
    static final String HOSTILE = "<b onmouseover=alert(1)>Spirals</b>";

    @Autowired
    ClassroomService classes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;
    @Autowired
    DatasetService datasets;

    /** A class taught by {@code teacher} with {@code student} in it; the teacher has trained one run. Returns the class id. */
    long classWithARun(String teacher, String student) {
        logInAs(teacher);
        String code = ClassPagesTest.createClass("Class of " + teacher);
        long id = ClassPagesTest.classIdOnPage();
        SharedRuns.train(launcher, me(), "builtin:spirals", "Spirals, tanh");
        logInAs(student);
        classes.join(me(), code);
        return id;
    }

    long publishAs(String teacher, long classId, Set<AssignmentLock> locks, Long budget) {
        logInAs(teacher);
        Run run = runs.listNewestFirst(me()).get(0);
        return assignments.publish(me(), classId, new dev.chainrule.classroom.AssignmentDraft(run.getId(), "Small spirals",
                "Make it work.", locks, budget, AssignmentMetric.VALIDATION_LOSS)).id();
    }

    static void openInLab(long assignmentId) {
        UI.getCurrent().navigate("lab", QueryParameters.of(LabView.ASSIGNMENT, Long.toString(assignmentId)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTeacherPublishesFromTheClassPageEveryFieldCheckedAndTheTitleShownAsText() {
        long id = classWithARun("Publishing teacher", "Reading student");
        logInAs("Publishing teacher");
        UI.getCurrent().navigate("classes/" + id);
        _click(_get(Button.class, s -> s.withText("New assignment\u2026")));

        _click(_get(Button.class, s -> s.withText("Publish")));
        assertThat(_get(ComboBox.class, s -> s.withLabel("Start from run")).getErrorMessage())
                .isEqualTo("Choose the run whose experiment students start from.");
        ComboBox<Run> run = _get(ComboBox.class, s -> s.withLabel("Start from run"));
        _setValue(run, run.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withText("Publish")));
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getErrorMessage()).contains("Give the assignment a title");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), HOSTILE);
        _setValue(_get(TextField.class, s -> s.withLabel("Parameter budget")), "many");
        _click(_get(Button.class, s -> s.withText("Publish")));
        assertThat(_get(TextField.class, s -> s.withLabel("Parameter budget")).getErrorMessage()).contains("whole number");
        _setValue(_get(TextField.class, s -> s.withLabel("Parameter budget")), "50");
        _setValue(_get(TextArea.class, s -> s.withLabel("Text for students")), "Line one\n<script>x</script>");
        _setValue(_get(CheckboxGroup.class, s -> s.withLabel("Locked for students")), Set.of(AssignmentLock.DATASET, AssignmentLock.LOSS));
        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("What counts")), AssignmentMetric.VALIDATION_ACCURACY);
        _click(_get(Button.class, s -> s.withText("Publish")));

        H4 title = _get(H4.class, s -> s.withText(HOSTILE));
        assertThat(title.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(_get(Span.class, s -> s.withClasses("assignment-facts")).getText()).isEqualTo("Two spirals \u00b7 counts:"
                + " validation accuracy \u00b7 at most 50 parameters \u00b7 locked: dataset, loss and the validation share");
        long assignment = assignments.list(me(), id).get(0).id();
        assertThat(_get(Anchor.class, s -> s.withText("Open in the Lab")).getHref()).isEqualTo("lab?assignment=" + assignment);

        logInAs("Reading student");
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_get(H4.class).getText()).isEqualTo(HOSTILE);
        assertThat(_find(Button.class, s -> s.withText("New assignment\u2026"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Edit\u2026"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Delete"))).isEmpty();
    }

    @Test
    void aStudentOpensItInTheLabWithTheLockedFieldsLockedAndTrainsARunOfTheAssignment() {
        long classId = classWithARun("Lab teacher", "Lab student");
        long id = publishAs("Lab teacher", classId, Set.of(AssignmentLock.DATASET, AssignmentLock.LOSS), 50L);
        logInAs("Lab student");
        openInLab(id);

        assertThat(_get(H3.class, s -> s.withText("Small spirals"))).isNotNull();
        Select<?> dataset = _get(Select.class, s -> s.withLabel("Dataset"));
        Select<?> loss = _get(Select.class, s -> s.withLabel("Loss"));
        TextField share = _get(TextField.class, s -> s.withLabel("Validation share"));
        assertThat(dataset.isEnabled()).isFalse();
        assertThat(loss.isEnabled()).isFalse();
        assertThat(loss.getTooltip().getText()).isEqualTo("Locked by the teacher");
        assertThat(loss.getPrefixComponent().getElement().getClassList()).contains("locked-icon");
        assertThat(share.isEnabled()).as("the held-out share is always locked").isFalse();
        assertThat(_get(TextField.class, s -> s.withLabel("Learning rate")).isEnabled()).isTrue();
        assertThat(_get(Span.class, s -> s.withClasses("network-summary")).getText())
                .isEqualTo("17 parameters to learn \u00b7 the assignment allows 50");
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue()).isEqualTo("Small spirals");

        _setValue(_get(TextField.class, s -> s.withLabel("Learning rate")), "0.05");
        _click(_get(Button.class, s -> s.withText("Train")));
        assertThat(assignments.myRuns(me(), id)).hasSize(1);
        assertThat(runs.owned(me(), assignments.myRuns(me(), id).get(0)).getTitle()).isEqualTo("Small spirals");

        UI.getCurrent().navigate(LabView.class);
        assertThat(_get(Select.class, s -> s.withLabel("Loss")).isEnabled()).as("the Lab on its own locks nothing").isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Validation share")).isEnabled()).isTrue();
        assertThat(_find(H3.class, s -> s.withText("Small spirals"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStudentOpensAnAssignmentOnTheTeachersUploadOnTheirOwnCopyAndTrainsIt() {
        long classId = classWithARun("Upload teacher", "Upload student");
        logInAs("Upload teacher");
        Dataset upload = SharedRuns.upload(datasets, me(), "quadrants.csv", 7);
        SharedRuns.train(launcher, me(), "upload:" + upload.getId(), "Quadrants");
        long id = publishAs("Upload teacher", classId, Set.of(AssignmentLock.DATASET), null);
        logInAs("Upload student");
        openInLab(id);

        Select<DatasetChoice> dataset = _get(Select.class, s -> s.withLabel("Dataset"));
        assertThat(dataset.getValue().name()).isEqualTo("quadrants");
        assertThat(dataset.getValue().storedId()).isEqualTo(datasets.uploads(me()).get(0).getId());
        _click(_get(Button.class, s -> s.withText("Train")));
        assertThat(assignments.myRuns(me(), id)).hasSize(1);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aLockedFieldChangedAnywayOrANetworkOverTheBudgetIsRefusedOnTheServerAndNothingStarts() {
        long classId = classWithARun("Strict lab teacher", "Tampering student");
        long locked = publishAs("Strict lab teacher", classId, Set.of(AssignmentLock.LOSS), null);
        long small = publishAs("Strict lab teacher", classId, Set.of(), 10L);
        logInAs("Tampering student");
        Visitor student = me();

        openInLab(locked);
        // what a tampered page would send: the disabled field's value changed on the server side of the form
        ((Select) _get(Select.class, s -> s.withLabel("Loss"))).setValue(LossKind.MSE);
        _click(_get(Button.class, s -> s.withText("Train")));
        assertThat(_get(Span.class, s -> s.withClasses("train-refused")).getText()).isEqualTo("Nothing started: The loss is"
                + " locked by the teacher: set it back to bce, or open the assignment again.");
        assertThat(assignments.myRuns(student, locked)).isEmpty();

        openInLab(small);
        Span summary = _get(Span.class, s -> s.withClasses("network-summary"));
        assertThat(summary.getText()).isEqualTo("17 parameters to learn: more than the assignment's budget of 10");
        assertThat(summary.hasClassName("invalid")).isTrue();
        _click(_get(Button.class, s -> s.withText("Train")));
        assertThat(_get(Span.class, s -> s.withClasses("train-refused")).getText()).isEqualTo("Nothing started: This network"
                + " has 17 parameters; the assignment allows at most 10. Use fewer or smaller hidden layers, or fewer computed inputs.");
        assertThat(assignments.myRuns(student, small)).isEmpty();
        assertThat(runs.listNewestFirst(student)).isEmpty();
    }

    @Test
    void someoneNotInTheClassOpensNothingAndTheTeacherEditsAndDeletes() {
        long classId = classWithARun("Editing teacher", "Some student");
        long id = publishAs("Editing teacher", classId, Set.of(AssignmentLock.LOSS), null);

        logInAs("Outsider");
        openInLab(id);
        expectNotifications("The assignment \"" + id + "\" cannot be opened here: There is no such assignment, or you are"
                + " not in its class. Open it from your class's page.");
        assertThat(_find(H3.class, s -> s.withText("Small spirals"))).isEmpty();
        assertThat(_get(Select.class, s -> s.withLabel("Loss")).isEnabled()).isTrue();

        logInAs("Editing teacher");
        UI.getCurrent().navigate("classes/" + classId);
        _click(_get(Button.class, s -> s.withText("Edit\u2026")));
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getValue()).isEqualTo("Small spirals");
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Smaller spirals");
        _click(_get(Button.class, s -> s.withText("Save")));
        assertThat(_get(H4.class).getText()).isEqualTo("Smaller spirals");
        _click(_get(Button.class, s -> s.withText("Delete")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(H4.class)).isEmpty();
        assertThat(assignments.list(me(), classId)).isEmpty();
    }
}
