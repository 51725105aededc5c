package dev.chainrule.compare;

import static dev.chainrule.compare.TestRuns.LAYERS;
import static dev.chainrule.compare.TestRuns.run;
import static dev.chainrule.compare.TestRuns.validationLoss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.training.CurveThinning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupsTest {
    // Two seeds of SGD and one of Adam; the SGD runs' epochs take 1 s and 3 s, and the second run stops after two.
    final ComparedRun sgd1 = run("sgd 1", LAYERS, new SgdSpec(0.1, 0.5), 1, 3,
            List.of(validationLoss(1, 0.9, 1000), validationLoss(2, 0.5, 2000), validationLoss(3, 0.2, 3000)));
    final ComparedRun adam = run("adam", LAYERS, AdamSpec.withDefaults(0.01), 1, 3,
            List.of(validationLoss(1, 0.3, 500)));
    final ComparedRun sgd2 = run("sgd 2", LAYERS, new SgdSpec(0.1, 0.5), 2, 3,
            List.of(validationLoss(1, 0.7, 3000), validationLoss(2, 0.4, 6000)));
    final List<ComparedRun> runs = List.of(sgd1, adam, sgd2);

    @Test
    void runsCanBeGroupedByTheSettingsTheyDifferInInTheOrderTheyComeFirst() {
        assertThat(Groups.settings(runs)).containsExactly("Optimizer", "Learning rate", "Momentum", "Seed", "β1, β2, ε");

        List<Group> groups = Groups.by("Optimizer", runs);

        assertThat(groups).extracting(Group::value).containsExactly("SGD (momentum)", "Adam");
        assertThat(groups.get(0).runs()).containsExactly(sgd1, sgd2);
        assertThat(Groups.by("Seed", runs)).extracting(Group::value).containsExactly("1", "2");
        assertThatThrownBy(() -> Groups.by("Colour", runs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no setting 'Colour'").hasMessageContaining("Choose one of [Optimizer");
    }

    /** Epoch 1: 0.9 and 0.7 (mean 0.8), at 1 s and 3 s (mean 2 s); epoch 2: 0.5 and 0.4; epoch 3: sgd 1 alone. */
    @Test
    void aBandIsTheMeanMinimumAndMaximumOfTheRunsThatHaveEachEpoch() {
        Band band = Groups.band(Groups.by("Optimizer", runs).get(0), Metric.VALIDATION_LOSS, 0, XAxis.SECONDS,
                CurveThinning.MAX_POINTS);

        assertThat(band.x()).containsExactly(new double[] {2, 4, 3}, within(1e-12));
        assertThat(band.mean()).containsExactly(new double[] {0.8, 0.45, 0.2}, within(1e-12));
        assertThat(band.min()).containsExactly(0.7, 0.4, 0.2);
        assertThat(band.max()).containsExactly(0.9, 0.5, 0.2);
        assertThat(Groups.band(Groups.by("Optimizer", runs).get(0), Metric.TRAINING_LOSS, 0, XAxis.EPOCH,
                CurveThinning.MAX_POINTS).mean())
                .containsOnly(Double.NaN); // no run has a training loss: a gap, not 0
    }

    /** Two seeds of 5,000 planned epochs, one stopped at 4,998: the band thins as a run does and ends at 4,998. */
    @Test
    void aLongGroupsBandIsThinnedAndEndsAtItsLastEpoch() {
        Group seeds = new Group("SGD", List.of(run("a", LAYERS, new SgdSpec(0.1, 0.5), 1, 5000, TestRuns.epochs(4998)),
                run("b", LAYERS, new SgdSpec(0.1, 0.5), 2, 5000, TestRuns.epochs(4000))));

        Band band = Groups.band(seeds, Metric.TRAINING_LOSS, 0, XAxis.EXAMPLES, CurveThinning.MAX_POINTS);

        assertThat(band.size()).isEqualTo(1001); // epochs 1, 6, …, 4996 and 4998
        assertThat(band.x()[1]).isEqualTo(6 * 30);
        assertThat(band.x()[band.size() - 1]).isEqualTo(4998 * 30);
        assertThat(band.mean()[1]).isEqualTo(1.0 / 6);
    }

    /** Final validation losses 0.2 and 0.4: mean 0.3, sd √((0.1² + 0.1²) / 1) = 0.1414…; epochs 3 and 2. */
    @Test
    void outcomesAreMeanAndSampleStandardDeviationOverTheGroup() {
        Map<String, Stat> stats = Groups.outcomeStats(Groups.by("Optimizer", runs).get(0));

        Stat finalLoss = stats.get("final validation loss");
        assertThat(finalLoss.mean()).isCloseTo(0.3, within(1e-12));
        assertThat(finalLoss.sd()).isCloseTo(Math.sqrt(0.02), within(1e-12));
        assertThat(finalLoss.n()).isEqualTo(2);
        assertThat(stats.get("epochs")).isEqualTo(new Stat(2.5, Math.sqrt(0.5), 2));
        assertThat(stats.get("final validation accuracy")).isEqualTo(new Stat(Double.NaN, Double.NaN, 0));
        assertThat(stats.keySet()).containsExactlyElementsOf(Outcome.COLUMNS);

        Stat alone = Groups.outcomeStats(Groups.by("Optimizer", runs).get(1)).get("final validation loss");
        assertThat(alone.mean()).isEqualTo(0.3);
        assertThat(alone.sd()).isNaN();
        assertThat(alone.n()).isEqualTo(1);
    }

    @Test
    void anOutcomeIsTheLastEpochsValueAndTheBestWithItsEpoch() {
        Outcome o = Outcome.of(run("dips", LAYERS, new SgdSpec(0.1, 0.5), 1, 4, List.of(validationLoss(1, 0.9, 1000),
                validationLoss(2, 0.3, 2000), validationLoss(3, 0.3, 3000), validationLoss(4, 0.6, 4000))));

        assertThat(o.finalValidationLoss()).isEqualTo(0.6);
        assertThat(o.bestValidationLoss()).isEqualTo(0.3);
        assertThat(o.bestValidationLossEpoch()).isEqualTo(2);
        assertThat(o.finalValidationAccuracy()).isNull();
        assertThat(o.epochs()).isEqualTo(4);
        assertThat(o.seconds()).isEqualTo(4.0);
        assertThat(o.epochsPerSecond()).isEqualTo(1.0);
        assertThat(o.statusText()).isEqualTo("Completed");
    }
}
