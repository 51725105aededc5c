package dev.chainrule.ui.lab;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.Assignment;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.classroom.AssignmentStart;
import dev.chainrule.classroom.ClassroomException;
import dev.chainrule.classroom.NoSuchAssignmentException;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ForkService;
import dev.chainrule.share.Forked;
import dev.chainrule.share.ShareNotFoundException;
import java.util.Optional;

/**
 * What the Lab's address asks it to open: {@code ?from=12} (a run of one's own, "Edit and run
 * again"), {@code ?fork=TOKEN} (a shared run, its dataset copied into the visitor's library),
 * {@code ?assignment=7} (a class's assignment, an upload copied likewise) or {@code ?imported=1} (an experiment
 * file just imported). A link that leads nowhere says why in a
 * warning and opens nothing.
 */
final class LabOpening {
    static final String FROM = "from";
    static final String FORK = "fork";
    static final String IMPORTED = "imported";
    static final String ASSIGNMENT = "assignment";
    private static final String RUN_AGAIN = " (run again)";

    /**
     * An experiment to show in the Lab.
     *
     * @param source   what it is, for a warning: "“Spirals, Adam”"
     * @param newTitle the title a run trained from it gets
     * @param parentId the run a new run derives from, or null
     * @param notice   a line to show above the Lab (a fork's origin), or null
     * @param assignment the assignment it is the starting point of, or null
     */
    record Start(ExperimentSpec spec, String source, String newTitle, Long parentId, String notice, Assignment assignment) {
        Start(ExperimentSpec spec, String source, String newTitle, Long parentId, String notice) {
            this(spec, source, newTitle, parentId, notice, null);
        }
    }

    private final RunService runs;
    private final ForkService forks;
    private final AssignmentService assignments;
    private final Visitor visitor;

    LabOpening(RunService runs, ForkService forks, AssignmentService assignments, Visitor visitor) {
        this.runs = runs;
        this.forks = forks;
        this.assignments = assignments;
        this.visitor = visitor;
    }

    Optional<Start> resolve(QueryParameters query) {
        if (query.getSingleParameter(IMPORTED).isPresent()) {
            Optional<ExperimentSpec> design = ImportedDesign.take();
            if (design.isEmpty()) {
                warn("There is no imported experiment to open (it opens once). Import the file again on the Runs page.");
            }
            return design.map(d -> new Start(d, "the imported experiment \u201c" + d.title() + "\u201d", d.title(), null, null));
        }
        Optional<String> assignment = query.getSingleParameter(ASSIGNMENT);
        if (assignment.isPresent()) {
            return assignment(assignment.get());
        }
        Optional<String> fork = query.getSingleParameter(FORK);
        if (fork.isPresent()) {
            return fork(fork.get());
        }
        return query.getSingleParameter(FROM).flatMap(this::runAgain);
    }

    private Optional<Start> fork(String token) {
        try {
            Forked forked = forks.fork(visitor, token);
            String title = forked.spec().title();
            return Optional.of(new Start(forked.spec(), "\u201c" + title + "\u201d", title, forked.parentRunId(),
                    forked.notice()));
        } catch (ShareNotFoundException e) {
            warn("Nothing to fork: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Start> assignment(String id) {
        try {
            AssignmentStart start = assignments.openInLab(visitor, Long.parseLong(id));
            Assignment a = start.assignment();
            return Optional.of(new Start(start.experiment(), "the assignment \u201c" + a.title() + "\u201d",
                    start.experiment().title(), null, null, a));
        } catch (NumberFormatException | NoSuchAssignmentException | ClassroomException | SignInRequiredException e) {
            warn("The assignment \"" + id + "\" cannot be opened here: "
                    + (e instanceof NumberFormatException ? "that is not an assignment number." : e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<Start> runAgain(String id) {
        try {
            RunDetails original = runs.details(visitor, Long.parseLong(id));
            String title = original.run().getTitle();
            return Optional.of(new Start(original.spec(), "\u201c" + title + "\u201d", runAgainTitle(title),
                    original.run().getId(), null));
        } catch (NumberFormatException | RunNotFoundException | ExperimentFormatException e) {
            warn("The run \"" + id + "\" cannot be opened here: "
                    + (e instanceof NumberFormatException ? "that is not a run number." : e.getMessage()));
            return Optional.empty();
        }
    }

    static String runAgainTitle(String title) {
        String base = title.endsWith(RUN_AGAIN) ? title.substring(0, title.length() - RUN_AGAIN.length()) : title;
        int room = RunService.MAX_TITLE_LENGTH - RUN_AGAIN.length();
        return (base.length() > room ? base.substring(0, room).strip() : base) + RUN_AGAIN;
    }

    static void warn(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
