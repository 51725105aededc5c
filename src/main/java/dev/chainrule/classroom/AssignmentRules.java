package dev.chainrule.classroom;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.SettingRows;
import dev.chainrule.experiment.SettingRows.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The server's check of a run against its assignment: every locked part as the teacher set it, the held-out
 * share always, and the parameter budget. Values are compared exactly; the refusal names the first setting
 * that differs in the Lab's words ({@link SettingRows}) with the value to set it back to.
 */
final class AssignmentRules {
    private static final List<String> OPTIMIZER_ROWS = List.of("Optimizer", "Learning rate", "Momentum", "\u03b21, \u03b22, \u03b5");
    private static final List<String> TRAINING_ROWS = List.of("Batches", "Shuffle each epoch", "Epochs",
            "Gradient clipping", "Weight decay (L2)", "L1", "Initial weights", "Seed", "Early stopping");

    private AssignmentRules() {
    }

    /**
     * Why this run may not start for the assignment, or empty when it keeps every rule.
     *
     * @param tried      the run's experiment, its data options resolved and its checksum set, as it would be stored
     * @param parameters its network's weights and biases on the prepared data
     */
    static Optional<String> broken(Assignment assignment, ExperimentSpec tried, long parameters) {
        ExperimentSpec given = assignment.experiment();
        DataOptions want = given.data().options();
        DataOptions got = tried.data().options();
        if (want.validationFraction() != got.validationFraction() || want.splitSeed() != got.splitSeed()) {
            return Optional.of(locked("The validation share", row(given, "Validation share"))
                    + " The assignment's " + assignment.metric().label().replaceFirst(" \\(.*", "").toLowerCase(Locale.ROOT)
                    + " is measured on these held-out rows.");
        }
        if (assignment.isLocked(AssignmentLock.DATASET) && !sameData(given, tried)) {
            return Optional.of(locked("The dataset", assignment.datasetName() + drawing(given)));
        }
        if (assignment.isLocked(AssignmentLock.LOSS) && given.training().loss() != tried.training().loss()) {
            return Optional.of(locked("The loss", given.training().loss().id()));
        }
        if (assignment.isLocked(AssignmentLock.NETWORK)) {
            if (!want.inputFeatures().equals(got.inputFeatures())) {
                return Optional.of(locked("The choice of computed inputs", row(given, "Input features")));
            }
            if (!hidden(given).equals(hidden(tried))) {
                return Optional.of(locked("The network", hidden(given).isEmpty() ? "no hidden layers"
                        : "these hidden layers: " + hidden(given).stream().map(SettingRows::layer)
                                .collect(Collectors.joining(" \u2192 "))));
            }
        }
        if (assignment.isLocked(AssignmentLock.OPTIMIZER) && !given.training().optimizer().equals(tried.training().optimizer())) {
            return Optional.of(firstDifference(given, tried, OPTIMIZER_ROWS));
        }
        if (assignment.isLocked(AssignmentLock.TRAINING) && !sameRest(given, tried)) {
            return Optional.of(firstDifference(given, tried, TRAINING_ROWS));
        }
        Long budget = assignment.parameterBudget();
        if (budget != null && parameters > budget) {
            return Optional.of(String.format(Locale.ROOT, "This network has %,d parameters; the assignment allows at most %,d."
                    + " Use fewer or smaller hidden layers%s.", parameters, budget,
                    assignment.isLocked(AssignmentLock.NETWORK) ? "" : ", or fewer computed inputs"));
        }
        return Optional.empty();
    }

    /** "The dataset is locked by the teacher: set it back to Two spirals, or open the assignment again." */
    static String locked(String what, String value) {
        return what + " is locked by the teacher: set it back to " + value + ", or open the assignment again.";
    }

    /** The same rows (the checksum covers a generated dataset's noise and seed), prepared the same way. */
    private static boolean sameData(ExperimentSpec given, ExperimentSpec tried) {
        return Objects.equals(given.data().checksum(), tried.data().checksum())
                && preparation(given.data().options()).equals(preparation(tried.data().options()));
    }

    /** How the rows are prepared, without what other checks cover: the held-out share and the computed inputs. */
    private static DataOptions preparation(DataOptions options) {
        return options.withValidation(0, 0).withInputFeatures(List.of());
    }

    private static List<LayerSpec> hidden(ExperimentSpec spec) {
        return spec.layers().subList(0, spec.layers().size() - 1); // the last is the output, set by the dataset's task
    }

    private static boolean sameRest(ExperimentSpec given, ExperimentSpec tried) {
        TrainingConfig a = given.training();
        TrainingConfig b = tried.training();
        return a.batchSize() == b.batchSize() && a.epochs() == b.epochs() && a.shuffle() == b.shuffle()
                && a.seed() == b.seed() && a.clipping().equals(b.clipping()) && a.weightDecay() == b.weightDecay()
                && a.l1() == b.l1() && Objects.equals(a.earlyStopping(), b.earlyStopping()) && given.init() == tried.init();
    }

    /** The first of these settings that differs, named as the Lab names it; the first of them when only a digit far out does. */
    private static String firstDifference(ExperimentSpec given, ExperimentSpec tried, List<String> names) {
        for (String name : names) {
            Optional<String> want = value(given, name);
            if (want.isPresent() && !want.equals(value(tried, name))) {
                return locked("\u201c" + name + "\u201d", want.get());
            }
        }
        String name = names.stream().filter(n -> value(given, n).isPresent()).findFirst().orElse(names.get(0));
        return locked("\u201c" + name + "\u201d", row(given, name));
    }

    private static String row(ExperimentSpec spec, String name) {
        return value(spec, name).orElse("the assignment's");
    }

    private static Optional<String> value(ExperimentSpec spec, String name) {
        return SettingRows.besidesLayers(spec).stream().filter(s -> s.name().equals(name)).map(Setting::value).findFirst();
    }

    /** " (noise 10 %, data seed 3)" for a generated dataset, so the student can set the same drawing again. */
    private static String drawing(ExperimentSpec spec) {
        Optional<String> noise = value(spec, "Noise");
        Optional<String> seed = value(spec, "Data seed");
        return noise.isPresent() && seed.isPresent()
                ? " (noise " + noise.get().replaceFirst(" of .*", "") + ", data seed " + seed.get() + ")" : "";
    }
}
