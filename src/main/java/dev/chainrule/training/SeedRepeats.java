package dev.chainrule.training;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * "Repeat with N seeds": the same experiment trained again with other seeds, so that a comparison
 * shows how much of a result is the luck of one seed. The seed decides the random initial weights,
 * the order of the examples and dropout; the data, its split and every other setting stay as recorded.
 * The repeats start like any other run ({@link TrainingService#start}: the same queue and the same
 * limit of runs per person), each derived from the original.
 */
@Service
public class SeedRepeats {
    /** The most repeats one request starts: enough for a mean and a spread, few enough for one class's server. */
    public static final int MAX_REPEATS = 10;
    private static final String SEED = " \u00b7 seed ";

    private final RunService runs;
    private final DatasetService datasets;
    private final TrainingService training;

    SeedRepeats(RunService runs, DatasetService datasets, TrainingService training) {
        this.runs = runs;
        this.datasets = datasets;
        this.training = training;
    }

    /**
     * Starts {@code count} runs of the visitor's run {@code runId}, identical but for the seed. The seeds
     * are the next ones after the run's own (seed + 1, seed + 2, …), skipping any a run derived from it
     * already has: repeating again after the limit refused some goes on where it stopped instead of
     * training a seed twice.
     *
     * @return the new runs, in the order of their seeds
     * @throws IllegalArgumentException when {@code count} is not between 1 and {@value #MAX_REPEATS}
     * @throws dev.chainrule.run.RunNotFoundException when the run is not there or someone else's
     * @throws dev.chainrule.account.SignInRequiredException for an anonymous visitor
     * @throws TrainingRejectedException when the run's data cannot be had exactly as it trained on it
     * @throws RepeatsRefusedException when some or all could not start; those started keep training
     */
    public List<Long> repeat(Visitor visitor, long runId, int count) {
        if (count < 1 || count > MAX_REPEATS) {
            throw new IllegalArgumentException("Choose between 1 and " + MAX_REPEATS + " seeds to repeat with; "
                    + count + " is not possible.");
        }
        RunDetails original = runs.details(visitor, runId);
        ExperimentSpec spec = original.spec();
        PreparedData data = data(original);
        Long datasetId = spec.data().inlineCsv() != null ? null
                : datasets.recordedChoice(spec.data().dataset(), original.run().getOwnerId()).storedId();
        List<Long> seeds = nextSeeds(visitor, original, count);
        List<Long> started = new ArrayList<>();
        for (long seed : seeds) {
            try {
                started.add(training.start(withSeed(spec, original.run().getTitle(), seed), data.train(),
                        data.validation(), new StartOptions(0, visitor, datasetId, runId)));
            } catch (TrainingRejectedException refused) {
                throw new RepeatsRefusedException(cutShort(started.size(), seeds, refused), started);
            }
        }
        return started;
    }

    /** What a teacher reads when the limit stopped the repeats part way. */
    private static String cutShort(int startedCount, List<Long> seeds, TrainingRejectedException refused) {
        int rest = seeds.size() - startedCount;
        String why = refused.getMessage();
        if (startedCount == 0) {
            return (seeds.size() == 1 ? "The repeat did not start. " : "None of the " + seeds.size() + " repeats started. ")
                    + why;
        }
        return startedCount + " of the " + seeds.size() + " repeats started (seed" + (startedCount == 1 ? " " : "s ")
                + seeds.subList(0, startedCount).stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "); the other " + rest + " did not. " + why
                + " Repeating again later goes on with the next seed, " + seeds.get(startedCount) + ".";
    }

    /** The data the run trained on, prepared again exactly as it recorded; refused when that is no longer possible. */
    private PreparedData data(RunDetails original) {
        if (original.spec().data().inlineCsv() != null) {
            return DataPreparation.prepareInline(original.spec().data());
        }
        RecordedData recorded = RecordedData.of(original.spec().data(), original.run().getOwnerId(), datasets);
        if (recorded.prepared() != null) {
            return recorded.prepared();
        }
        throw new TrainingRejectedException(switch (recorded.problem()) {
            case MISSING -> "The dataset this run trained on is not in your library (any more), so it cannot be "
                    + "repeated on the same data. Upload the file again, then train it in the Lab.";
            case CHANGED -> "The dataset \u201c" + recorded.datasetName() + "\u201d is no longer the file this run "
                    + "trained on, so repeats would not be comparable. Train the new file in the Lab instead.";
            case UNPREPARABLE -> "The dataset \u201c" + recorded.datasetName() + "\u201d cannot be prepared as this run "
                    + "recorded: " + recorded.detail();
        });
    }

    /** The next {@code count} seeds after the run's own that neither it nor a run derived from it has. */
    private List<Long> nextSeeds(Visitor visitor, RunDetails original, int count) {
        long own = original.spec().training().seed();
        Set<Long> taken = new HashSet<>();
        taken.add(own);
        for (Run run : runs.listNewestFirst(visitor)) {
            if (original.run().getId().equals(run.getParentId())) {
                taken.add(ExperimentJson.read(run.getSpec()).training().seed());
            }
        }
        List<Long> seeds = new ArrayList<>();
        for (long seed = own + 1; seeds.size() < count; seed++) {
            if (!taken.contains(seed)) {
                seeds.add(seed);
            }
        }
        return seeds;
    }

    /** The experiment with another seed, titled "<title> · seed S" (the title cut to leave room for the seed). */
    static ExperimentSpec withSeed(ExperimentSpec spec, String title, long seed) {
        TrainingConfig seeded = spec.training().withSeed(seed);
        String suffix = SEED + seed;
        String base = title.strip();
        if (base.length() + suffix.length() > RunService.MAX_TITLE_LENGTH) {
            base = base.substring(0, RunService.MAX_TITLE_LENGTH - suffix.length()).strip();
        }
        return new ExperimentSpec(base + suffix, spec.data(), spec.layers(), seeded, spec.init(), spec.weights());
    }
}
