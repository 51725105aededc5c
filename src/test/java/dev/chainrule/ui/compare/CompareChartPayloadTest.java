package dev.chainrule.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.ui.compare.CompareChart.BandSeries;
import dev.chainrule.ui.compare.CompareChart.ChartRun;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * What the compare chart sends is checked data: one value per x, gaps as null, labels exactly as
 * typed (the browser shows them as text; escaping here would show entities), colours only as hex.
 */
class CompareChartPayloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "<img src=x onerror=alert(1)> & {a|rich} \"quoted\" 'single'";

    @Test
    void aCurveSendsEveryValueAndNonFiniteOnesAsGaps() throws Exception {
        JsonNode curve = JSON.readTree(ChartPayload.curve("12", new double[] {1, 2, 3, 4},
                new double[] {0.5, Double.NaN, Double.POSITIVE_INFINITY, 0.25},
                new double[] {0.5, 0.4, Double.NEGATIVE_INFINITY, 0.3}));

        assertThat(curve.get("key").asText()).isEqualTo("12");
        assertThat(values(curve.get("x"))).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(values(curve.get("raw"))).containsExactly(0.5, null, null, 0.25);
        assertThat(values(curve.get("smoothed"))).containsExactly(0.5, 0.4, null, 0.3);
    }

    @Test
    void aChartsCurvesGoInOneMessageAndAnUnsmoothedOneSendsItsValuesOnce() throws Exception {
        JsonNode curves = JSON.readTree(ChartPayload.curves(List.of(
                new CompareChart.RunCurve("12", new double[] {1, 2}, new double[] {0.5, 0.25}, null),
                new CompareChart.RunCurve("s:abc", new double[] {1}, new double[] {0.75}, new double[] {0.75}))));

        assertThat(curves).hasSize(2);
        assertThat(curves.get(0).get("smoothed").isNull()).isTrue();
        assertThat(values(curves.get(0).get("raw"))).containsExactly(0.5, 0.25);
        assertThat(values(curves.get(1).get("smoothed"))).containsExactly(0.75);
    }

    @Test
    void runsWithTheSameXValuesSendThemOnce() throws Exception {
        JsonNode curves = JSON.readTree(ChartPayload.curves(List.of(
                new CompareChart.RunCurve("1", new double[] {1, 26}, new double[] {0.5, 0.25}, null),
                new CompareChart.RunCurve("2", new double[] {1, 26}, new double[] {0.6, 0.3}, null),
                new CompareChart.RunCurve("3", new double[] {1, 26, 51}, new double[] {0.7, 0.4, 0.2}, null),
                new CompareChart.RunCurve("4", new double[] {1, 26, 51}, new double[] {0.7, 0.4, 0.1}, null))));

        assertThat(values(curves.get(0).get("x"))).containsExactly(1.0, 26.0);
        assertThat(curves.get(1).has("x")).isFalse();
        assertThat(curves.get(1).get("xOf").asText()).isEqualTo("1");
        assertThat(values(curves.get(2).get("x"))).containsExactly(1.0, 26.0, 51.0);
        assertThat(curves.get(3).get("xOf").asText()).isEqualTo("3");
        assertThat(values(curves.get(3).get("raw"))).containsExactly(0.7, 0.4, 0.1);
    }

    @Test
    void valuesTravelToSevenSignificantDigits() throws Exception {
        assertThat(ChartPayload.sevenDigits(0.6931471805599453)).isEqualTo(0.6931472);
        assertThat(ChartPayload.sevenDigits(-123.456789)).isEqualTo(-123.4568);
        assertThat(ChartPayload.sevenDigits(1.23456789e-9)).isEqualTo(1.234568e-9);
        assertThat(ChartPayload.sevenDigits(8_000_000)).isEqualTo(8_000_000);
        assertThat(ChartPayload.sevenDigits(12_345)).isEqualTo(12_345);
        assertThat(ChartPayload.sevenDigits(0)).isZero();
        assertThat(ChartPayload.sevenDigits(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
        JsonNode curve = JSON.readTree(ChartPayload.curve("1", new double[] {1}, new double[] {0.6931471805599453}, null));
        assertThat(curve.get("raw").get(0).toString()).isEqualTo("0.6931472");
    }

    @Test
    void aCurveWhoseLinesDoNotMatchItsXIsRefusedSayingWhatToSend() {
        assertThatThrownBy(() -> ChartPayload.curve("12", new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 x values but 2 values")
                .hasMessageContaining("one value per x");
        assertThatThrownBy(() -> new BandSeries("g", "Adam", "#123456", new double[] {1, 2}, new double[] {1, 2},
                new double[] {1}, new double[] {1, 2}))
                .hasMessageContaining("group g has 2 x values but 1 values");
    }

    @Test
    void labelsTravelExactlyAsTypedAndNeverAsMarkup() throws Exception {
        String runs = ChartPayload.runs(List.of(new ChartRun("12", HOSTILE, "#1f77b4"), new ChartRun("s:abc", "&lt;b&gt;", "#abc")));
        JsonNode sent = JSON.readTree(runs);

        assertThat(sent.get(0).get("label").asText()).isEqualTo(HOSTILE);
        assertThat(sent.get(1).get("label").asText()).isEqualTo("&lt;b&gt;"); // not decoded, not escaped again
        assertThat(runs).doesNotContain("&amp;").doesNotContain("&lt;img");

        JsonNode bands = JSON.readTree(ChartPayload.bands(List.of(new BandSeries("adam", HOSTILE, "#ff7f0e",
                new double[] {1}, new double[] {Double.NaN}, new double[] {0.1}, new double[] {0.3}))));
        assertThat(bands.get(0).get("label").asText()).isEqualTo(HOSTILE);
        assertThat(values(bands.get(0).get("mean"))).containsExactly((Double) null);
        assertThat(values(bands.get(0).get("max"))).containsExactly(0.3);
    }

    @Test
    void onlyHexColoursAreAcceptedForTheyReachTheTooltipsStyle() {
        assertThat(new ChartRun("1", "a", "#1F77B4").color()).isEqualTo("#1F77B4");
        for (String color : List.of("red", "#12345", "#1f77b4;background:url(x)", "\"><img src=x>", "")) {
            assertThatThrownBy(() -> new ChartRun("1", "a", color))
                    .hasMessageContaining("#rgb or #rrggbb");
        }
        assertThatThrownBy(() -> new ChartRun(" ", "a", "#000")).hasMessageContaining("needs a key");
        assertThatThrownBy(() -> new ChartRun("1", null, "#000")).hasMessageContaining("has no label");
    }

    @Test
    void theChartRefusesCurvesOfRunsItWasNotGivenAndTwoRunsWithOneKey() {
        CompareChart chart = new CompareChart();
        chart.setRuns(List.of(new ChartRun("12", "first", "#1f77b4")));

        assertThatThrownBy(() -> chart.setCurve("13", new double[] {1}, new double[] {1}, new double[] {1}))
                .hasMessageContaining("no run \"13\"").hasMessageContaining("setRuns");
        assertThatThrownBy(() -> chart.setRuns(List.of(new ChartRun("12", "a", "#000"), new ChartRun("12", "b", "#fff"))))
                .hasMessageContaining("share the key \"12\"");
        assertThatThrownBy(() -> chart.setBands(List.of(band("g"), band("g")))).hasMessageContaining("share the key \"g\"");
        assertThat(chart.getRuns()).extracting(ChartRun::key).containsExactly("12"); // a refused list changes nothing
    }

    @Test
    void theCountersCountWhatWasSentSinceTheRunsWereSet() {
        CompareChart chart = new CompareChart();
        chart.setRuns(List.of(new ChartRun("12", "first", "#1f77b4"), new ChartRun("15", "second", "#ff7f0e")));
        chart.setCurve("12", new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 2});
        chart.appendPoints("15", new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {1, 2, 3});
        chart.appendPoints("15", new double[0], new double[0], new double[0]);
        chart.setHidden(Set.of("15"));
        chart.setBands(List.of(band("g")));

        assertThat(chart.getCurvesSent()).isEqualTo(1);
        assertThat(chart.getPointsAppended()).isEqualTo(3);
        assertThat(chart.getHidden()).containsExactly("15");
        assertThat(chart.getBands()).extracting(BandSeries::key).containsExactly("g");

        chart.setRuns(List.of(new ChartRun("12", "first", "#1f77b4")));
        assertThat(chart.getCurvesSent()).isZero();
        assertThat(chart.getPointsAppended()).isZero();
    }

    @Test
    void aDownloadsNameKeepsToCharactersSafeInAFileName() {
        assertThat(ChartPayload.fileName("validation loss")).isEqualTo("validation loss.png");
        assertThat(ChartPayload.fileName("../../etc/<b>loss</b>.PNG")).isEqualTo("etc-b-loss-b.png");
        assertThat(ChartPayload.fileName("Lernrate α = 0,1")).isEqualTo("Lernrate α - 0-1.png");
        assertThat(ChartPayload.fileName("  ")).isEqualTo("chart.png");
        assertThat(ChartPayload.fileName(null)).isEqualTo("chart.png");
        assertThat(ChartPayload.fileName("x".repeat(300))).hasSize(104);
    }

    @Test
    void theAxesNeedNames() throws Exception {
        assertThatThrownBy(() -> ChartPayload.config("epoch", null, false)).hasMessageContaining("names of both axes");
        JsonNode config = JSON.readTree(ChartPayload.config("examples seen", "<i>loss</i>", true));
        assertThat(config.get("yName").asText()).isEqualTo("<i>loss</i>");
        assertThat(config.get("log").asBoolean()).isTrue();
    }

    private static BandSeries band(String key) {
        return new BandSeries(key, key, "#2ca02c", new double[] {1}, new double[] {1}, new double[] {1}, new double[] {1});
    }

    private static List<Double> values(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(v -> v.isNull() ? null : v.doubleValue()).toList();
    }
}
