package dev.chainrule.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticDatasetTest {
    /** Coordinates are written with four decimals: a point on its ring is off by at most this after rounding. */
    private static final double ROUNDING = 1e-4;

    @ParameterizedTest
    @EnumSource(SyntheticDataset.class)
    void theSameNoiseAndSeedDrawTheSameRowsAndAnotherSeedOthers(SyntheticDataset d) {
        SyntheticSettings settings = new SyntheticSettings(30, 7);

        assertThat(d.csv(settings)).isEqualTo(d.csv(new SyntheticSettings(30, 7)));
        assertThat(d.csv(new SyntheticSettings(30, 8))).isNotEqualTo(d.csv(settings));
        assertThat(d.csv(new SyntheticSettings(31, 7))).isNotEqualTo(d.csv(settings));
    }

    @ParameterizedTest
    @EnumSource(SyntheticDataset.class)
    void theDefaultSettingsDrawTheFileInTheJar(SyntheticDataset d) {
        BuiltInDataset file = BuiltInDatasets.byId(d.id());

        assertThat(new String(file.bytes(d.defaults()), StandardCharsets.UTF_8))
                .isEqualTo(new String(file.bytes(), StandardCharsets.UTF_8));
        assertThat(file.synthetic()).contains(d);
    }

    @Test
    void withoutNoiseTheCirclesLieOnTheirRings() {
        for (double[] p : rows(SyntheticDataset.CIRCLES, new SyntheticSettings(0, 11))) {
            double radius = p[2] == 0 ? 1.0 : 0.5;
            assertThat(Math.hypot(p[0], p[1])).isCloseTo(radius, within(ROUNDING));
        }
    }

    @Test
    void withoutNoiseTheCurveIsTheFormulaAndTheBlobsTheirCentres() {
        for (double[] p : rows(SyntheticDataset.CURVE, new SyntheticSettings(0, 5))) {
            // x is rounded before it is written: y moves by at most 1.3 × that, plus its own rounding
            assertThat(p[1]).isCloseTo(Math.sin(p[0]) + 0.3 * p[0], within(3 * ROUNDING));
        }
        String blobs = SyntheticDataset.BLOBS.csv(new SyntheticSettings(0, 5));
        assertThat(blobs.lines().skip(1).distinct()).containsExactlyInAnyOrder(
                "-2.0000,0.0000,A", "2.0000,0.0000,B", "0.0000,2.5000,C");
    }

    @Test
    void noiseIsTheStandardDeviationInPercentOfTheScale() {
        // circles' scale is 1: at 20 % a point lies about 0.2 off its ring in each coordinate
        double sumOfSquares = 0;
        List<double[]> rows = rows(SyntheticDataset.CIRCLES, new SyntheticSettings(20, 3));
        List<double[]> exact = rows(SyntheticDataset.CIRCLES, new SyntheticSettings(0, 3));
        for (int i = 0; i < rows.size(); i++) {
            sumOfSquares += Math.pow(rows.get(i)[0] - exact.get(i)[0], 2) + Math.pow(rows.get(i)[1] - exact.get(i)[1], 2);
        }
        assertThat(Math.sqrt(sumOfSquares / (2 * rows.size()))).isCloseTo(0.2, within(0.02));
    }

    @Test
    void onlyTheNoiseMovesWhenOnlyTheNoiseChanges() {
        List<String> quiet = SyntheticDataset.CURVE.csv(new SyntheticSettings(0, 9)).lines().map(l -> l.split(",")[0]).toList();
        List<String> loud = SyntheticDataset.CURVE.csv(new SyntheticSettings(50, 9)).lines().map(l -> l.split(",")[0]).toList();

        assertThat(loud).isEqualTo(quiet);
    }

    @Test
    void refusesNoiseOutsideTheSliderAndDatasetsWithoutAFormula() {
        assertThatThrownBy(() -> new SyntheticSettings(51, 1))
                .hasMessage("noise must be a whole number of percent from 0 to 50, was 51");
        assertThatThrownBy(() -> new SyntheticSettings(-1, 1)).hasMessageContaining("was -1");
        assertThatThrownBy(() -> BuiltInDatasets.byId("iris").bytes(new SyntheticSettings(10, 1)))
                .hasMessage("\"Iris\" is not drawn from a formula, so it has no noise or data seed to set; "
                        + "only circles, spirals, blobs, curve have.");
        assertThat(SyntheticDataset.byId("xor")).isEmpty();
    }

    private static List<double[]> rows(SyntheticDataset d, SyntheticSettings settings) {
        return d.csv(settings).lines().skip(1)
                .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
    }
}
