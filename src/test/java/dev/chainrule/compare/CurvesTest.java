package dev.chainrule.compare;

import static dev.chainrule.compare.TestRuns.LAYERS;
import static dev.chainrule.compare.TestRuns.epochs;
import static dev.chainrule.compare.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.training.CurveThinning;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CurvesTest {

    @Test
    void aLongRunIsThinnedToAboutAThousandPointsEndingAtItsLastEpoch() {
        ComparedRun longRun = run("long", LAYERS, new SgdSpec(0.1, 0.5), 1, 5000, epochs(5000));

        Curve curve = Curves.of(longRun, Metric.TRAINING_LOSS, 0, XAxis.EPOCH);

        // stride 5: epochs 1, 6, …, 4996 (1,000 of them) and the last, 5000
        assertThat(curve.size()).isEqualTo(CurveThinning.MAX_POINTS + 1);
        assertThat(curve.x()[1]).isEqualTo(6);
        assertThat(curve.x()[curve.size() - 1]).isEqualTo(5000);
        assertThat(curve.y()[1]).isEqualTo(1.0 / 6);
        assertThat(Curves.keeps(longRun, 6)).isTrue();
        assertThat(Curves.keeps(longRun, 7)).isFalse();
        assertThat(Curves.keeps(longRun, 5000)).isTrue();
    }

    @Test
    void manyRunsShareAChartsPointsSoFiftyDrawOneHundredEach() {
        assertThat(Curves.pointsPerCurve(3)).isEqualTo(CurveThinning.MAX_POINTS);
        assertThat(Curves.pointsPerCurve(5)).isEqualTo(1000);
        assertThat(Curves.pointsPerCurve(10)).isEqualTo(500);
        assertThat(Curves.pointsPerCurve(20)).isEqualTo(250);
        assertThat(Curves.pointsPerCurve(50)).isEqualTo(100);
        assertThat(Curves.pointsPerCurve(500)).isEqualTo(Curves.FEWEST_PER_CURVE);
        ComparedRun longRun = run("long", LAYERS, new SgdSpec(0.1, 0.5), 1, 10_000, epochs(10_000));

        Curve curve = Curves.of(longRun, Metric.TRAINING_LOSS, 0, XAxis.EPOCH, Curves.pointsPerCurve(50));

        // stride 100 (ten of the stored curve's 10): epochs 1, 101, …, 9901 (100 of them) and the last, 10,000;
        // a live epoch is kept the same way
        assertThat(curve.size()).isEqualTo(101);
        assertThat(curve.x()[1]).isEqualTo(101);
        assertThat(Curves.keeps(longRun, 101, 100)).isTrue();
        assertThat(Curves.keeps(longRun, 102, 100)).isFalse();
        // 333 points asked: every 40th epoch (a multiple of the stored 10, not 31), so 250 drawn
        assertThat(Curves.thinning(10_000, 333).stride()).isEqualTo(40);
        assertThat(Curves.thinning(150, 100).stride()).as("a short run keeps every epoch it can").isEqualTo(2);
        assertThat(Curves.thinning(150, 200).stride()).isEqualTo(1);
    }

    @Test
    void aRunStoppedEarlyEndsItsCurveAtItsLastEpochEvenBetweenThinnedOnes() {
        Curve curve = Curves.of(run("stopped", LAYERS, new SgdSpec(0.1, 0.5), 1, 5000, epochs(4998)), Metric.TRAINING_LOSS,
                0, XAxis.EPOCH);

        assertThat(curve.x()[curve.size() - 2]).isEqualTo(4996);
        assertThat(curve.x()[curve.size() - 1]).isEqualTo(4998);
    }

    @Test
    void aShortRunKeepsEveryEpoch() {
        Curve curve = Curves.of(run("short", LAYERS, new SgdSpec(0.1, 0.5), 1, 4, epochs(4)), Metric.TRAINING_LOSS, 0, XAxis.EPOCH);

        assertThat(curve.x()).containsExactly(1, 2, 3, 4);
        assertThat(curve.y()).containsExactly(1, 0.5, 1.0 / 3, 0.25);
    }

    /** 30 training rows per epoch (TestRuns), each epoch a second. */
    @Test
    void theXAxesAreEpochsSecondsAndExamplesSeen() {
        ComparedRun r = run("axes", LAYERS, new SgdSpec(0.1, 0.5), 1, 3, epochs(3));

        assertThat(Curves.of(r, Metric.TRAINING_LOSS, 0, XAxis.SECONDS).x()).containsExactly(1, 2, 3);
        assertThat(Curves.of(r, Metric.TRAINING_LOSS, 0, XAxis.EXAMPLES).x()).containsExactly(30, 60, 90);
        EpochRecord first = r.history().get(0);
        assertThat(XAxis.EXAMPLES.of(first, 0)).isNaN(); // rows not known: a gap, not a guess
        assertThat(XAxis.EXAMPLES.label()).isEqualTo("examples seen");
    }

    @Test
    void absentValuesAndLayersBeyondTheRunsAreGaps() {
        ComparedRun r = run("gaps", LAYERS, new SgdSpec(0.1, 0.5), 1, 3, epochs(3));

        assertThat(Curves.of(r, Metric.GRADIENT_NORM, 1, XAxis.EPOCH).y()).containsExactly(2, 4, 6);
        assertThat(Arrays.stream(Curves.of(r, Metric.GRADIENT_NORM, 2, XAxis.EPOCH).y()).allMatch(Double::isNaN)).isTrue();
        assertThat(Arrays.stream(Curves.of(r, Metric.VALIDATION_LOSS, 0, XAxis.EPOCH).y()).allMatch(Double::isNaN)).isTrue();
        assertThat(Curves.of(r, Metric.TRAINING_ACCURACY, 0, XAxis.EPOCH).y()).containsExactly(0.5, 0.5, 0.5);
    }
}
