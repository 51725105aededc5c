package dev.chainrule.compare;

import static dev.chainrule.compare.TestRuns.LAYERS;
import static dev.chainrule.compare.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.run.EpochRecord;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonCsvTest {

    @Test
    void everyStoredEpochIsOneLinePerNumberItHas() {
        ComparedRun r = run("plain", LAYERS, new SgdSpec(0.1, 0.5), 1, 2, List.of(
                new EpochRecord(1, 0.5, 0.6, null, null, null, new double[] {0.25}, 1500),
                new EpochRecord(2, 0.25, null, null, null, null, new double[0], 2000)));

        assertThat(csv(List.of(r))).isEqualTo("""
                run,title,epoch,metric,value
                plain,plain,1,training_loss,0.5
                plain,plain,1,validation_loss,0.6
                plain,plain,1,gradient_norm_layer_1,0.25
                plain,plain,1,seconds,1.5
                plain,plain,2,training_loss,0.25
                plain,plain,2,seconds,0.5
                """);
    }

    @Test
    void aTitleASpreadsheetWouldRunIsWrittenAsTextAndQuotedWhereNeeded() {
        List<EpochRecord> oneEpoch = List.of(new EpochRecord(1, 0.5, null, null, null, null, new double[0], 0));
        String written = csv(List.of(run("=HYPERLINK(\"http://evil\",\"x\")", LAYERS, new SgdSpec(0.1, 0.5), 1, 1, oneEpoch),
                run("@SUM(A1)", LAYERS, new SgdSpec(0.1, 0.5), 1, 1, oneEpoch),
                run("a, \"b\"\nc", LAYERS, new SgdSpec(0.1, 0.5), 1, 1, oneEpoch)));

        assertThat(written).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1,training_loss,0.5\n")
                .contains("'@SUM(A1),'@SUM(A1),1,training_loss")
                .contains(",\"a, \"\"b\"\"\nc\",1,training_loss");
        assertThat(ComparisonCsv.cell("-1")).isEqualTo("'-1");
        assertThat(ComparisonCsv.cell("s:AbC")).isEqualTo("s:AbC");
    }

    private static String csv(List<ComparedRun> runs) {
        StringWriter out = new StringWriter();
        ComparisonCsv.write(runs, ComparedRun::history, out);
        return out.toString();
    }
}
