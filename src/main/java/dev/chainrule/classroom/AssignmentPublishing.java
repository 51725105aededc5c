package dev.chainrule.classroom;

import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.AssignmentDraftException.Field;
import dev.chainrule.classroom.AssignmentTables.Content;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.MissingValueRule;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetNotFoundException;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.training.TrainingService;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Checks what a teacher typed to publish or edit an assignment, every field with a message saying what to
 * change, and turns the chosen run's experiment into the one students start from: titled as the assignment,
 * its dataset's checksum and drawing recorded (so a locked dataset is compared by its rows, whoever's copy).
 */
@Component
class AssignmentPublishing {
    private final RunService runs;
    private final DatasetService datasets;
    private final TrainingService training;

    AssignmentPublishing(RunService runs, DatasetService datasets, TrainingService training) {
        this.runs = runs;
        this.datasets = datasets;
        this.training = training;
    }

    /**
     * @param keptJson the experiment already published, used when the draft names no run; null when publishing
     * @throws ClassroomException naming what to change
     */
    Content content(Visitor teacher, AssignmentDraft draft, String keptJson) {
        String title = AssignmentTexts.clean(draft.title());
        AssignmentTexts.titleProblem(title).ifPresent(p -> refuse(Field.TITLE, p));
        String text = AssignmentTexts.clean(draft.instructions());
        AssignmentTexts.instructionsProblem(text).ifPresent(p -> refuse(Field.INSTRUCTIONS, p));
        if (draft.metric() == null) {
            refuse(Field.METRIC, "Choose what counts: validation loss or validation accuracy.");
        }
        Long budget = draft.parameterBudget();
        if (budget != null && (budget < 1 || budget > training.maxParameters())) {
            refuse(Field.BUDGET, String.format(Locale.ROOT, "A parameter budget is a whole number from 1 to %,d (this server's limit),"
                    + " or empty for none.", training.maxParameters()));
        }
        ExperimentSpec spec = retitled(draft.runId() == null ? ExperimentJson.read(keptJson) : experimentOf(teacher, draft.runId()),
                title);
        if (draft.metric() == AssignmentMetric.VALIDATION_ACCURACY && spec.training().task() == Task.REGRESSION) {
            refuse(Field.METRIC, "Validation accuracy needs classes to tell apart, and this experiment predicts numbers (a regression)."
                    + " Choose validation loss.");
        }
        if (budget != null && draft.locks().contains(AssignmentLock.NETWORK)) {
            long parameters = parameters(teacher, spec);
            if (parameters > budget) {
                refuse(Field.BUDGET, String.format(Locale.ROOT, "The network is locked and has %,d parameters, more than the budget of %,d:"
                        + " no student could train it. Raise the budget, unlock the network, or choose a smaller one.",
                        parameters, budget));
            }
        }
        return new Content(title, text, ExperimentJson.write(spec), AssignmentLock.write(draft.locks()), budget,
                draft.metric().id());
    }

    /** The dataset's name as the teacher's library shows it, or what to say when it is gone. */
    String datasetName(ExperimentSpec spec, long teacherId) {
        try {
            return datasets.recordedChoice(spec.data().dataset(), teacherId).name();
        } catch (DatasetNotFoundException e) {
            return "the teacher's dataset (no longer in their library)";
        }
    }

    /** The experiment of one of the teacher's runs, if students can start from it in the Lab. */
    private ExperimentSpec experimentOf(Visitor teacher, long runId) {
        Run run;
        ExperimentSpec spec;
        try {
            run = runs.owned(teacher, runId);
            spec = ExperimentJson.read(run.getSpec());
        } catch (RunNotFoundException e) {
            throw new AssignmentDraftException(Field.RUN, "Run " + runId + " is not one of your runs. Choose one from the list.");
        } catch (ExperimentFormatException e) {
            throw new AssignmentDraftException(Field.RUN, "The experiment of run " + runId + " cannot be read any more: " + e.getMessage());
        }
        String name = "\u201c" + run.getTitle() + "\u201d";
        ExperimentData data = spec.data();
        if (data.inlineCsv() != null || !data.dataset().matches("(builtin|upload):.+")) {
            refuse(Field.RUN, name + " trains on rows that are not in your library, so students could not open it in the Lab."
                    + " Choose a run on a library dataset.");
        }
        if (spec.init() == Init.EXPLICIT) {
            refuse(Field.RUN, name + " starts from weights given with its experiment, which the Lab cannot give students. Train it"
                    + " in the Lab (Xavier or He initial weights) and publish that run.");
        }
        DataOptions options = data.options();
        if (options.validationFraction() == 0) {
            refuse(Field.RUN, name + " holds no rows out for validation, so the metric could not be measured. In the Lab, set its"
                    + " Validation share above 0 (0.2 is usual), train it and publish that run.");
        }
        // the Lab prepares every dataset one way (standardised, split seed 1, every column): a run prepared otherwise
        // (an imported file, the headless command) could not be set up there by students
        if (!options.standardize() || options.splitSeed() != 1 || options.features() != null
                || !options.columnTypes().isEmpty() || options.missingValues() != MissingValueRule.DROP_ROWS) {
            refuse(Field.RUN, name + " prepares its data in a way the Lab does not offer (chosen columns, types or split), so"
                    + " students could not set it up there. Open it with \u201cEdit and run again\u201d, train it and"
                    + " publish that run.");
        }
        DatasetChoice choice;
        try {
            choice = datasets.recordedChoice(data.dataset(), teacher.accountId());
        } catch (DatasetNotFoundException e) {
            throw new AssignmentDraftException(Field.RUN, "The dataset of " + name + " is no longer in your library. Choose a run on a"
                    + " dataset you still have.");
        }
        // a run from before noise could be set was drawn with the defaults: recorded, so students draw the same points
        SyntheticSettings drawing = data.synthetic() != null ? data.synthetic()
                : choice.formula().map(f -> f.defaults()).orElse(null);
        String checksum = datasets.checksum(choice.withSynthetic(drawing));
        return new ExperimentSpec(spec.title(), new ExperimentData(options, data.dataset(), checksum, null, drawing),
                spec.layers(), spec.training(), spec.init(), List.of());
    }

    private long parameters(Visitor teacher, ExperimentSpec spec) {
        DatasetChoice choice = datasets.choice(teacher, spec.data().dataset()).withSynthetic(spec.data().synthetic());
        int inputs = Preparation.prepare(datasets.table(choice), spec.data().options()).train().features();
        return spec.network(inputs).parameterCount();
    }

    /** Students' runs are titled after the assignment until they type a title of their own. */
    private static ExperimentSpec retitled(ExperimentSpec spec, String title) {
        return new ExperimentSpec(title, spec.data(), spec.layers(), spec.training(), spec.init(), List.of());
    }

    private static void refuse(Field field, String message) {
        throw new AssignmentDraftException(field, message);
    }
}
