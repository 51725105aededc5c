package dev.chainrule.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Assignments on the real database (issue 15, item 2): a teacher publishes one of their runs' experiments to a
 * class; students open it and train; the server refuses a run that breaks a lock or the budget, whatever the page
 * sent, and records nothing for it; someone not in the class finds nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class AssignmentServiceTest {
    @Autowired
    AssignmentService assignments;
    @Autowired
    ClassroomService classes;
    @Autowired
    AccountService accounts;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;
    @Autowired
    DatasetService datasets;
    @Autowired
    JdbcTemplate database;

    Visitor teacher;
    Visitor student;
    long classId;
    long teachersRun;

    @BeforeEach
    void aClassWithAStudentAndATeachersRun() {
        String suffix = Long.toString(System.nanoTime());
        teacher = People.person(accounts, "Teacher " + suffix);
        student = People.person(accounts, "Student " + suffix);
        classId = classes.create(teacher, "Class " + suffix).id();
        classes.join(student, classes.joinCode(teacher, classId));
        teachersRun = SharedRuns.train(launcher, teacher, "builtin:spirals", "Spirals, tanh");
    }

    AssignmentDraft draft(Set<AssignmentLock> locks, Long budget) {
        return new AssignmentDraft(teachersRun, "Spirals in 50 parameters", "Make the spirals work.\nKeep it small.",
                locks, budget, AssignmentMetric.VALIDATION_ACCURACY);
    }

    Assignment published(Set<AssignmentLock> locks, Long budget) {
        return assignments.publish(teacher, classId, draft(locks, budget));
    }

    int runsOf(Visitor person) {
        return database.queryForObject("SELECT COUNT(*) FROM run WHERE owner_id = ?", Integer.class, person.accountId());
    }

    @Test
    void aTeacherPublishesARunsExperimentAndAStudentOpensItAndTrainsARecordedRun() {
        Assignment made = published(EnumSet.of(AssignmentLock.DATASET, AssignmentLock.LOSS), 50L);
        assertThat(made.isTeacher()).isTrue();

        assertThat(assignments.list(student, classId)).extracting(Assignment::id).containsExactly(made.id());
        Assignment seen = assignments.open(student, made.id());
        assertThat(seen.isTeacher()).isFalse();
        assertThat(seen.title()).isEqualTo("Spirals in 50 parameters");
        assertThat(seen.instructions()).isEqualTo("Make the spirals work.\nKeep it small.");
        assertThat(seen.locks()).containsExactlyInAnyOrder(AssignmentLock.DATASET, AssignmentLock.LOSS);
        assertThat(seen.parameterBudget()).isEqualTo(50L);
        assertThat(seen.metric()).isEqualTo(AssignmentMetric.VALIDATION_ACCURACY);
        assertThat(seen.leaderboardVisible()).isTrue();
        assertThat(seen.datasetName()).isEqualTo("Two spirals");
        ExperimentSpec original = runs.details(teacher, teachersRun).spec();
        assertThat(seen.experiment().layers()).isEqualTo(original.layers());
        assertThat(seen.experiment().training()).isEqualTo(original.training());
        assertThat(seen.experiment().data().synthetic()).as("the drawing is recorded: students draw the same points")
                .isNotNull();

        ExperimentSpec start = assignments.openInLab(student, made.id()).experiment();
        assertThat(start.title()).isEqualTo("Spirals in 50 parameters");
        long run = assignments.startRun(student, made.id(), start, 0).id();

        assertThat(runs.owned(student, run).getTitle()).isEqualTo("Spirals in 50 parameters");
        assertThat(assignments.myRuns(student, made.id())).containsExactly(run);
        assertThat(database.queryForObject("SELECT demonstration FROM assignment_run WHERE run_id = ?", Boolean.class, run))
                .isFalse();
        long demonstration = assignments.startRun(teacher, made.id(), start, 0).id();
        assertThat(database.queryForObject("SELECT demonstration FROM assignment_run WHERE run_id = ?", Boolean.class,
                demonstration)).isTrue();
        assertThat(assignments.myRuns(student, made.id())).containsExactly(run);
    }

    @Test
    void aChangedLockedPartIsRefusedOnTheServerWithWhatToSetAndNothingIsRecorded() {
        Assignment made = published(EnumSet.allOf(AssignmentLock.class), null);
        ExperimentSpec start = assignments.openInLab(student, made.id()).experiment();
        TrainingConfig t = start.training();
        int before = runsOf(student);

        assertThatThrownBy(() -> assignments.startRun(student, made.id(),
                Changed.dataset(start, "builtin:circles", new SyntheticSettings(10, 1)), 0))
                .isInstanceOf(ClassroomException.class).hasMessage("The dataset is locked by the teacher: set it back to"
                        + " Two spirals (noise " + start.data().synthetic().noise() + " %, data seed "
                        + start.data().synthetic().seed() + "), or open the assignment again.");
        assertThatThrownBy(() -> assignments.startRun(student, made.id(), Changed.dataset(start, "builtin:spirals",
                new SyntheticSettings(start.data().synthetic().noise() + 5, start.data().synthetic().seed())), 0))
                .as("other noise is other rows").hasMessageStartingWith("The dataset is locked by the teacher");
        assertThatThrownBy(() -> assignments.startRun(student, made.id(), Changed.training(start, new TrainingConfig(
                LossKind.MSE, t.optimizer(), t.batchSize(), t.epochs(), t.shuffle(), t.seed(), t.clipping(), t.weightDecay(),
                t.earlyStopping(), t.task(), t.l1())), 0))
                .hasMessage("The loss is locked by the teacher: set it back to bce, or open the assignment again.");
        assertThatThrownBy(() -> assignments.startRun(student, made.id(), Changed.layers(start,
                List.of(new DenseSpec(5, Activation.TANH), new DenseSpec(1, Activation.SIGMOID))), 0))
                .hasMessage("The network is locked by the teacher: set it back to these hidden layers: Dense, 4 units, tanh,"
                        + " or open the assignment again.");
        assertThatThrownBy(() -> assignments.startRun(student, made.id(), Changed.options(start,
                start.data().options().withInputFeatures(List.of(InputFeature.values()[0]))), 0))
                .hasMessageStartingWith("The choice of computed inputs is locked by the teacher: set it back to none");
        assertThatThrownBy(() -> assignments.startRun(student, made.id(), Changed.training(start,
                new TrainingConfig(t.loss(), new SgdSpec(0.2, 0.5), t.batchSize(), t.epochs(), t.shuffle(), t.seed(),
                        t.clipping(), t.weightDecay(), t.earlyStopping(), t.task(), t.l1())), 0))
                .hasMessage("\u201cLearning rate\u201d is locked by the teacher: set it back to 0.1, or open the assignment again.");
        assertThatThrownBy(() -> assignments.startRun(student, made.id(), Changed.training(start, t.withSeed(99)), 0))
                .hasMessage("\u201cSeed\u201d is locked by the teacher: set it back to 11, or open the assignment again.");
        assertThat(runsOf(student)).as("a refused run is never stored").isEqualTo(before);
        assertThat(assignments.myRuns(student, made.id())).isEmpty();
    }

    @Test
    void unlockedPartsAreFreeButTheValidationShareIsAlwaysLocked() {
        Assignment made = published(EnumSet.of(AssignmentLock.DATASET), null);
        ExperimentSpec start = assignments.openInLab(student, made.id()).experiment();
        TrainingConfig t = start.training();

        ExperimentSpec mine = Changed.layers(Changed.training(start, new TrainingConfig(t.loss(), AdamSpec.withDefaults(0.01),
                16, 2, true, 5)), List.of(new DenseSpec(6, Activation.RELU), new DenseSpec(1, Activation.SIGMOID)));
        assertThat(assignments.myRuns(student, made.id())).isEmpty();
        long run = assignments.startRun(student, made.id(), mine, 0).id();
        assertThat(assignments.myRuns(student, made.id())).containsExactly(run);

        assertThatThrownBy(() -> assignments.startRun(student, made.id(),
                Changed.options(start, start.data().options().withValidation(0.5, 1)), 0))
                .hasMessage("The validation share is locked by the teacher: set it back to 0.25 of the rows (split seed 1),"
                        + " or open the assignment again. The assignment's validation accuracy is measured on these held-out rows.");
        assertThatThrownBy(() -> assignments.startRun(student, made.id(),
                Changed.options(start, start.data().options().withValidation(0.25, 7)), 0))
                .hasMessageStartingWith("The validation share is locked by the teacher");
    }

    @Test
    void aNetworkOverTheBudgetIsRefusedAndOneWithinItStarts() {
        Assignment made = published(EnumSet.noneOf(AssignmentLock.class), 30L);
        ExperimentSpec start = assignments.openInLab(student, made.id()).experiment();
        // 2 inputs: 2·8+8 + 8·1+1 = 33 parameters
        ExperimentSpec big = Changed.layers(start, List.of(new DenseSpec(8, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)));
        assertThatThrownBy(() -> assignments.startRun(student, made.id(), big, 0)).isInstanceOf(ClassroomException.class)
                .hasMessage("This network has 33 parameters; the assignment allows at most 30. Use fewer or smaller hidden"
                        + " layers, or fewer computed inputs.");
        assertThat(assignments.myRuns(student, made.id())).isEmpty();
        ExperimentSpec small = Changed.layers(start, List.of(new DenseSpec(7, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)));
        assertThat(assignments.startRun(student, made.id(), small, 0).id()).isPositive(); // 29 parameters
    }

    @Test
    void someoneNotInTheClassFindsNothingAndAStudentCannotEditOrDelete() {
        Assignment made = published(EnumSet.of(AssignmentLock.LOSS), null);
        ExperimentSpec start = assignments.openInLab(student, made.id()).experiment();
        Visitor stranger = People.person(accounts, "Stranger " + System.nanoTime());
        long id = made.id();

        assertThatThrownBy(() -> assignments.open(stranger, id)).isInstanceOf(NoSuchAssignmentException.class);
        assertThatThrownBy(() -> assignments.openInLab(stranger, id)).isInstanceOf(NoSuchAssignmentException.class);
        assertThatThrownBy(() -> assignments.startRun(stranger, id, start, 0)).isInstanceOf(NoSuchAssignmentException.class);
        assertThatThrownBy(() -> assignments.myRuns(stranger, id)).isInstanceOf(NoSuchAssignmentException.class);
        assertThatThrownBy(() -> assignments.edit(stranger, id, draft(Set.of(), null))).isInstanceOf(NoSuchAssignmentException.class);
        assertThatThrownBy(() -> assignments.delete(stranger, id)).isInstanceOf(NoSuchAssignmentException.class);
        assertThatThrownBy(() -> assignments.list(stranger, classId)).isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> assignments.open(student, 987_654_321L)).isInstanceOf(NoSuchAssignmentException.class);
        assertThatThrownBy(() -> assignments.open(Visitor.anonymous("a browser"), id)).isInstanceOf(SignInRequiredException.class);
        assertThatThrownBy(() -> assignments.publish(stranger, classId, draft(Set.of(), null))).isInstanceOf(NoSuchClassException.class);

        assertThatThrownBy(() -> assignments.edit(student, id, draft(Set.of(), null))).isInstanceOf(ClassroomException.class)
                .hasMessageStartingWith("Only the teacher of");
        assertThatThrownBy(() -> assignments.delete(student, id)).isInstanceOf(ClassroomException.class)
                .hasMessageStartingWith("Only the teacher of");
        assertThatThrownBy(() -> assignments.publish(student, classId, draft(Set.of(), null)))
                .isInstanceOf(ClassroomException.class).hasMessageStartingWith("Only the teacher of");
        assertThat(assignments.open(student, id).locks()).containsExactly(AssignmentLock.LOSS);

        classes.remove(teacher, classId, student.accountId());
        assertThatThrownBy(() -> assignments.startRun(student, id, start, 0)).as("a removed student is no longer in it")
                .isInstanceOf(NoSuchAssignmentException.class);
    }

    @Test
    void theTeacherEditsAndDeletesAndTheRunsMadeForItStay() {
        Assignment made = published(EnumSet.of(AssignmentLock.LOSS), null);
        long run = assignments.startRun(student, made.id(), assignments.openInLab(student, made.id()).experiment(), 0).id();

        Assignment edited = assignments.edit(teacher, made.id(), new AssignmentDraft(null, "  Spirals, any loss ", "",
                Set.of(), 100L, AssignmentMetric.VALIDATION_LOSS));
        assertThat(edited.title()).isEqualTo("Spirals, any loss");
        assertThat(edited.instructions()).isEmpty();
        assertThat(edited.locks()).isEmpty();
        assertThat(edited.parameterBudget()).isEqualTo(100L);
        assertThat(edited.metric()).isEqualTo(AssignmentMetric.VALIDATION_LOSS);
        assertThat(edited.experiment().title()).as("students' runs are titled after it").isEqualTo("Spirals, any loss");
        assertThat(edited.experiment().layers()).isEqualTo(made.experiment().layers());

        assignments.delete(teacher, made.id());
        assertThat(assignments.list(student, classId)).isEmpty();
        assertThatThrownBy(() -> assignments.open(student, made.id())).isInstanceOf(NoSuchAssignmentException.class);
        assertThat(runs.owned(student, run).getTitle()).isEqualTo("Spirals in 50 parameters");
    }

    @Test
    void everyFieldOfADraftIsCheckedWithAMessageSayingWhatToChange() {
        Visitor other = People.person(accounts, "Other teacher " + System.nanoTime());
        long othersRun = SharedRuns.train(launcher, other, "builtin:spirals", "Not the teacher's");
        AssignmentDraft good = draft(Set.of(), null);

        assertThatThrownBy(() -> publish(good, "  ", good.instructions(), good.runId(), good.parameterBudget(), good.metric()))
                .hasMessageContaining("Give the assignment a title");
        assertThatThrownBy(() -> publish(good, "x".repeat(121), "", good.runId(), null, good.metric()))
                .hasMessage("A title can have at most 120 characters; this one has 121.");
        assertThatThrownBy(() -> publish(good, "Two\nlines", "", good.runId(), null, good.metric()))
                .hasMessageContaining("A title is one line");
        assertThatThrownBy(() -> publish(good, "Fine", "y".repeat(2001), good.runId(), null, good.metric()))
                .hasMessageContaining("at most 2,000 characters; this one has 2,001");
        assertThatThrownBy(() -> publish(good, "Fine", "tab\there", good.runId(), null, good.metric()))
                .hasMessageContaining("control characters other than line breaks");
        assertThatThrownBy(() -> publish(good, "Fine", "", null, null, good.metric()))
                .hasMessage("Choose the run whose experiment students start from.");
        assertThatThrownBy(() -> publish(good, "Fine", "", othersRun, null, good.metric()))
                .hasMessage("Run " + othersRun + " is not one of your runs. Choose one from the list.");
        assertThatThrownBy(() -> publish(good, "Fine", "", good.runId(), null, null))
                .hasMessage("Choose what counts: validation loss or validation accuracy.");
        assertThatThrownBy(() -> publish(good, "Fine", "", good.runId(), 0L, good.metric()))
                .hasMessageContaining("A parameter budget is a whole number from 1 to");
        assertThatThrownBy(() -> assignments.publish(teacher, classId, new AssignmentDraft(teachersRun, "Fine", "",
                Set.of(AssignmentLock.NETWORK), 10L, AssignmentMetric.VALIDATION_LOSS)))
                .hasMessageStartingWith("The network is locked and has 17 parameters, more than the budget of 10");
        long noValidation = launcher.launch("No held-out rows", "builtin:spirals",
                dev.chainrule.data.prepare.DataOptions.defaults().withStandardize(true),
                List.of(new DenseSpec(1, Activation.SIGMOID)), new TrainingConfig(LossKind.BCE, new SgdSpec(0.1, 0), 8, 1, true, 1),
                dev.chainrule.engine.spec.Init.XAVIER, teacher, null);
        assertThatThrownBy(() -> publish(good, "Fine", "", noValidation, null, good.metric()))
                .hasMessageContaining("holds no rows out for validation");
        assertThat(assignments.list(teacher, classId)).isEmpty();
    }

    @Test
    void aStudentGetsTheirOwnCopyOfTheTeachersUploadAndTheDatasetLockComparesItsRows() {
        Dataset upload = SharedRuns.upload(datasets, teacher, "quadrants.csv", 3);
        teachersRun = SharedRuns.train(launcher, teacher, "upload:" + upload.getId(), "Quadrants");
        Assignment made = published(EnumSet.of(AssignmentLock.DATASET), null);
        assertThat(made.datasetName()).isEqualTo("quadrants");

        ExperimentSpec start = assignments.openInLab(student, made.id()).experiment();
        List<Dataset> copies = datasets.uploads(student);
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).getChecksum()).isEqualTo(upload.getChecksum());
        assertThat(start.data().dataset()).isEqualTo("upload:" + copies.get(0).getId());
        assertThat(assignments.openInLab(student, made.id()).experiment().data().dataset()).as("one copy per person")
                .isEqualTo(start.data().dataset());
        long run = assignments.startRun(student, made.id(), start, 0).id();
        assertThat(runs.owned(student, run).getDatasetId()).isEqualTo(copies.get(0).getId());

        Dataset other = SharedRuns.upload(datasets, student, "other.csv", 4);
        assertThatThrownBy(() -> assignments.startRun(student, made.id(), Changed.dataset(start, "upload:" + other.getId(), null), 0))
                .hasMessage("The dataset is locked by the teacher: set it back to quadrants, or open the assignment again.");
        assertThatThrownBy(() -> assignments.startRun(student, made.id(), Changed.dataset(start, "upload:" + upload.getId(), null), 0))
                .as("the teacher's upload itself is not the student's to train on")
                .isInstanceOf(ClassroomException.class).hasMessageContaining("not in your library");
    }

    private Assignment publish(AssignmentDraft base, String title, String text, Long runId, Long budget, AssignmentMetric metric) {
        return assignments.publish(teacher, classId, new AssignmentDraft(runId, title, text, base.locks(), budget, metric));
    }
}
