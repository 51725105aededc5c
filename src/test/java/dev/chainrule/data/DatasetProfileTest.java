package dev.chainrule.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.engine.spec.Task;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the dataset screen shows: per-column statistics, the importer's decisions, the default target and task. */
class DatasetProfileTest {

    @Test
    void statisticsPerColumn() {
        DatasetProfile p = DatasetProfile.of(Csv.parse("age;city;y\n30;Paris;1.5\nNA;Rome;2.5\n50;Paris;4\n10;?;0.25\n"));

        assertThat(p.delimiter()).isEqualTo("semicolon");
        assertThat(p.header()).isTrue();
        assertThat(p.rows()).isEqualTo(4);
        ColumnProfile age = p.columns().get(0);
        assertThat(age).isEqualTo(new ColumnProfile("age", ColumnType.NUMERIC, true, 1, 3, 10.0, 50.0, 30.0,
                java.util.List.of("30", "50", "10"), null));
        ColumnProfile city = p.columns().get(1);
        assertThat(city.type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(city.missing()).isEqualTo(1);
        assertThat(city.distinct()).isEqualTo(2);
        assertThat(city.min()).isNull();
        assertThat(city.samples()).containsExactly("Paris", "Rome");
        assertThat(p.defaultTarget()).isEqualTo("y");
        assertThat(p.inferredTask()).isEqualTo(Task.REGRESSION);
    }

    @Test
    void textWithMoreDistinctValuesThanTheCategoryLimitIsIgnoredWithAReason() {
        StringBuilder csv = new StringBuilder("id,x,y\n");
        for (int i = 0; i < 120; i++) {
            csv.append("user").append(i).append(',').append(i).append(',').append(i % 2).append('\n');
        }
        DatasetProfile p = DatasetProfile.of(Csv.parse(csv.toString()));

        assertThat(p.columns().get(0).type()).isEqualTo(ColumnType.IGNORED);
        assertThat(p.columns().get(0).note()).isEqualTo(
                "text with 120 distinct values, more than the 100 categories a column may have (an identifier or free text?)");
        assertThat(p.inferredTask()).isEqualTo(Task.BINARY);
        assertThat(Preparation.prepare(Csv.parse(csv.toString()), DataOptions.defaults()).featureNames()).containsExactly("x");
    }

    @Test
    void taskInference() {
        assertThat(task("x,y\n1,0\n2,1\n3,1\n")).isEqualTo(Task.BINARY);
        assertThat(task("x,y\n1,0\n2,1\n3,2\n")).as("3 to 10 whole numbers are classes").isEqualTo(Task.MULTICLASS);
        assertThat(task("x,y\n1,0\n2,1\n3,2.5\n")).isEqualTo(Task.REGRESSION);
        assertThat(task("x,y\n1,cat\n2,dog\n3,cow\n")).isEqualTo(Task.MULTICLASS);
        StringBuilder many = new StringBuilder("x,y\n");
        for (int i = 0; i < 11; i++) {
            many.append(i).append(',').append(i).append('\n');
        }
        assertThat(task(many.toString())).as("11 whole numbers are a quantity").isEqualTo(Task.REGRESSION);
    }

    private static Task task(String csv) {
        return DatasetProfile.of(CsvImporter.parse(csv.getBytes(StandardCharsets.UTF_8), "t.csv", ImportLimits.DEFAULTS)).inferredTask();
    }
}
