package dev.chainrule.classroom;

import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.AssignmentTables.AssignmentRow;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetNotFoundException;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunService;
import dev.chainrule.training.LaunchedRun;
import dev.chainrule.training.StartOptions;
import dev.chainrule.training.TrainingService;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments: a teacher publishes one of their runs' experiments to a class as a starting point, with a short
 * text, locked parts ({@link AssignmentLock}), an optional parameter budget and the metric that counts; everyone
 * in the class lists and opens them; a run for one starts only through {@link #startRun}, which checks the rules
 * on the server. Someone not in the class gets {@link NoSuchAssignmentException not found}; a student asking for
 * the teacher's parts a {@link ClassroomException}.
 *
 * <p>An upload the experiment trains on is copied into each student's library when they open the assignment
 * (as a fork copies it), rather than lent to them: their runs then point at a dataset of their own, so the run
 * page, "Edit and run again", comparisons and downloads work with the owner checks they already have, and
 * the teacher deleting the upload or the assignment later breaks none of the students' runs. A student who
 * opens it again gets the same copy (one per file and person).
 */
@Service
public class AssignmentService {
    private static final Logger log = LoggerFactory.getLogger(AssignmentService.class);

    private final AssignmentTables tables;
    private final ClassAccess access;
    private final AssignmentPublishing publishing;
    private final DatasetService datasets;
    private final TrainingService training;
    private final RunService runs;
    private final SharedBoardRead boards;

    AssignmentService(AssignmentTables tables, ClassAccess access, AssignmentPublishing publishing,
            DatasetService datasets, TrainingService training, RunService runs, SharedBoardRead boards) {
        this.tables = tables;
        this.boards = boards;
        this.access = access;
        this.publishing = publishing;
        this.datasets = datasets;
        this.training = training;
        this.runs = runs;
    }

    /**
     * Publishes the experiment of one of the teacher's runs to the class.
     *
     * @throws ClassroomException naming the field to change, or when the visitor is a student of the class
     * @throws NoSuchClassException when the visitor is not in the class
     */
    @Transactional
    public Assignment publish(Visitor teacher, long classId, AssignmentDraft draft) {
        access.taught(teacher, classId);
        if (draft.runId() == null) {
            throw new AssignmentDraftException(AssignmentDraftException.Field.RUN, "Choose the run whose experiment students start from.");
        }
        long id = tables.insert(classId, publishing.content(teacher, draft, null), Instant.now());
        return open(teacher, id);
    }

    /**
     * Changes an assignment's title, text, locks, budget or metric, and its experiment when the draft names a run
     * (null keeps the one published). Runs already made for it stay as they were.
     */
    @Transactional
    public Assignment edit(Visitor teacher, long assignmentId, AssignmentDraft draft) {
        AssignmentRow row = taught(teacher, assignmentId);
        tables.update(assignmentId, publishing.content(teacher, draft, row.experimentJson()));
        return open(teacher, assignmentId);
    }

    /** Deletes the assignment; the runs made for it stay with the people who made them. */
    @Transactional
    public void delete(Visitor teacher, long assignmentId) {
        taught(teacher, assignmentId);
        tables.delete(assignmentId);
    }

    /** The class's assignments, newest first, for anyone in the class. */
    public List<Assignment> list(Visitor visitor, long classId) {
        ClassRole role = role(visitor, access.inClass(visitor, classId).teacherId());
        return tables.ofClass(classId).stream().map(row -> assignment(row, role)).toList();
    }

    /** One assignment, for anyone in its class. */
    public Assignment open(Visitor visitor, long assignmentId) {
        AssignmentRow row = inClass(visitor, assignmentId);
        return assignment(row, role(visitor, row.teacherId()));
    }

    /**
     * The assignment as the Lab opens it for this person: its experiment on a dataset of their own library
     * (see the class comment), titled as the assignment.
     *
     * @throws ClassroomException when the teacher's upload is no longer there
     */
    public AssignmentStart openInLab(Visitor visitor, long assignmentId) {
        Assignment assignment = open(visitor, assignmentId);
        ExperimentSpec spec = assignment.experiment();
        ExperimentData data = spec.data();
        if (!data.dataset().startsWith("upload:")) {
            return new AssignmentStart(assignment, spec);
        }
        DatasetChoice copy;
        try {
            DatasetChoice original = datasets.recordedChoice(data.dataset(), teacherOf(assignmentId));
            copy = datasets.copyForFork(visitor, original, "From the assignment \u201c" + assignment.title()
                    + "\u201d of \u201c" + assignment.className() + "\u201d");
        } catch (DatasetNotFoundException e) {
            throw new ClassroomException("The dataset of \u201c" + assignment.title() + "\u201d is no longer in the teacher's"
                    + " library. Ask your teacher to publish the assignment again.");
        }
        ExperimentData mine = new ExperimentData(data.options(), copy.key(), data.checksum(), null, data.synthetic());
        return new AssignmentStart(assignment, new ExperimentSpec(spec.title(), mine, spec.layers(), spec.training(),
                spec.init(), List.of()));
    }

    /**
     * Starts a run for the assignment and records that it is one, in one step: a run the rules refuse is not
     * started; a run whose link cannot be recorded is stopped and deleted. The rules, checked here whatever the
     * page allowed: the person is in the class, every locked part and the held-out share are as the teacher set
     * them, and the network is within the parameter budget. A teacher's own run is a demonstration.
     *
     * @param spec the experiment as the Lab's form describes it, on a dataset of the visitor's library; its data
     *             options are resolved (target, task) and its checksum set here, as a run records them
     * @throws ClassroomException naming the setting that breaks a rule and what to do
     * @throws NoSuchAssignmentException when the visitor is not in the class
     * @throws dev.chainrule.training.TrainingRejectedException when the server or the person is at a limit
     * @throws dev.chainrule.data.DataFormatException when the data cannot be prepared this way
     * @throws IllegalArgumentException when the settings do not fit together (the engine's message)
     */
    public LaunchedRun startRun(Visitor visitor, long assignmentId, ExperimentSpec spec, int epochsPerSecond) {
        Assignment assignment = open(visitor, assignmentId);
        ExperimentData data = spec.data();
        if (data.inlineCsv() != null) {
            throw new ClassroomException("A run for an assignment trains on a dataset of the library. Open the assignment again.");
        }
        DatasetChoice choice;
        try {
            choice = datasets.choice(visitor, data.dataset()).withSynthetic(data.synthetic());
        } catch (DatasetNotFoundException e) {
            throw new ClassroomException("That dataset is not in your library (deleted meanwhile?). Choose another, or open"
                    + " the assignment again.");
        }
        PreparedData prepared = Preparation.prepare(datasets.table(choice), data.options());
        ExperimentData resolved = new ExperimentData(data.options().withTarget(prepared.target()).withTask(prepared.task()),
                choice.key(), datasets.checksum(choice), null, data.synthetic());
        ExperimentSpec tried = new ExperimentSpec(spec.title(), resolved, spec.layers(), spec.training(), spec.init(), List.of());
        long parameters = tried.network(prepared.train().features()).parameterCount();
        AssignmentRules.broken(assignment, tried, parameters).ifPresent(problem -> {
            throw new ClassroomException(problem);
        });
        // the class's runs take turns with everyone else's; the teacher's own run is a demonstration and goes first
        long runId = training.start(tried, prepared.train(), prepared.validation(),
                new StartOptions(epochsPerSecond, visitor, choice.storedId(), null)
                        .inGroup("class:" + assignment.classId()).withPriority(assignment.isTeacher()));
        try {
            tables.insertRun(runId, assignmentId, visitor.accountId(), assignment.isTeacher(), Instant.now());
            boards.forget(assignmentId); // the boards open on it show the new run at their next look
        } catch (RuntimeException e) {
            withdraw(visitor, runId);
            throw new ClassroomException("The run could not be recorded for the assignment (was it deleted just now?), so it"
                    + " was stopped. Open the assignment again and train once more.");
        }
        return new LaunchedRun(runId, prepared);
    }

    /** The runs the visitor made for the assignment, newest first. */
    public List<Long> myRuns(Visitor visitor, long assignmentId) {
        inClass(visitor, assignmentId);
        return tables.runsOf(assignmentId, visitor.accountId());
    }

    /** Stops a run that may not stay, and deletes it once it has stopped (a run is deleted only when not active). */
    private void withdraw(Visitor visitor, long runId) {
        try {
            training.stop(visitor, runId);
            training.subscribe(visitor, runId, new RunEnd(() -> runs.delete(visitor, runId)));
        } catch (RuntimeException e) {
            log.warn("Run {} started for an assignment but not recorded could not be withdrawn", runId, e);
        }
    }

    private AssignmentRow inClass(Visitor visitor, long assignmentId) {
        AssignmentRow row = tables.find(assignmentId).orElseThrow(NoSuchAssignmentException::new);
        try {
            access.inClass(visitor, row.classId());
        } catch (NoSuchClassException e) {
            throw new NoSuchAssignmentException();
        }
        return row;
    }

    private AssignmentRow taught(Visitor visitor, long assignmentId) {
        AssignmentRow row = inClass(visitor, assignmentId);
        access.taught(visitor, row.classId());
        return row;
    }

    private long teacherOf(long assignmentId) {
        return tables.find(assignmentId).orElseThrow(NoSuchAssignmentException::new).teacherId();
    }

    private Assignment assignment(AssignmentRow row, ClassRole role) {
        ExperimentSpec spec = ExperimentJson.read(row.experimentJson());
        return new Assignment(row.id(), row.classId(), row.className(), row.title(), row.instructions(), spec,
                publishing.datasetName(spec, row.teacherId()), AssignmentLock.read(row.locks()), row.parameterBudget(),
                AssignmentMetric.byId(row.metric()), row.leaderboardVisible(), row.createdAt(), role);
    }

    private static ClassRole role(Visitor visitor, long teacherId) {
        return teacherId == visitor.accountId() ? ClassRole.TEACHER : ClassRole.STUDENT;
    }
}
