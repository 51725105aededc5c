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
    void manyRunsShareAChartsPointsSoFiftyDrawTwoHundredEach() {
        assertThat(Curves.pointsPerCurve(3)).isEqualTo(CurveThinning.MAX_POINTS);
        assertThat(Curves.pointsPerCurve(10)).isEqualTo(1000);
        assertThat(Curves.pointsPerCurve(20)).isEqualTo(500);
        assertThat(Curves.pointsPerCurve(50)).isEqualTo(200);
        assertThat(Curves.pointsPerCurve(500)).isEqualTo(Curves.FEWEST_PER_CURVE);
        ComparedRun longRun = run("long", LAYERS, new SgdSpec(0.1, 0.5), 1, 10_000, epochs(10_000));

        Curve curve = Curves.of(longRun, Metric.TRAINING_LOSS, 0, XAxis.EPOCH, Curves.pointsPerCurve(50));

        // stride 50: epochs 1, 51, …, 9951 (200 of them) and the last, 10,000; a live epoch is kept the same way
        assertThat(curve.size()).isEqualTo(201);
        assertThat(curve.x()[1]).isEqualTo(51);
        assertThat(Curves.keeps(longRun, 51, 200)).isTrue();
        assertThat(Curves.keeps(longRun, 52, 200)).isFalse();
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
