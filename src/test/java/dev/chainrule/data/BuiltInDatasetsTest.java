package dev.chainrule.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.spec.Task;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltInDatasetsTest {

    @ParameterizedTest(name = "{0}: {1} rows, {2} features, {3}")
    @CsvSource({
        "seed,    1,  2, REGRESSION, 1",
        "xor,     4,  2, BINARY,     1",
        "circles, 400, 2, BINARY,    1",
        "spirals, 400, 2, BINARY,    1",
        "blobs,   300, 2, MULTICLASS, 3",
        "curve,   200, 1, REGRESSION, 1",
        "iris,    150, 4, MULTICLASS, 3",
        "digits, 1797, 64, MULTICLASS, 10"})
    void importsWithExpectedShapeAndTask(String id, int rows, int features, Task task, int outputs) {
        BuiltInDataset dataset = BuiltInDatasets.byId(id);

        RawTable table = dataset.load();
        PreparedData data = Preparation.prepare(table, DataOptions.defaults());

        assertThat(table.rows()).isEqualTo(rows);
        assertThat(data.task()).isEqualTo(task);
        assertThat(data.train().rows()).isEqualTo(rows);
        assertThat(data.train().features()).isEqualTo(features);
        assertThat(data.train().outputs()).isEqualTo(outputs);
        assertThat(data.droppedRows()).isZero();
    }

    @Test
    void classLabelsOfIrisAndDigits() {
        assertThat(Preparation.prepare(BuiltInDatasets.byId("iris").load(), DataOptions.defaults()).classLabels())
                .containsExactly("setosa", "versicolor", "virginica");
        assertThat(Preparation.prepare(BuiltInDatasets.byId("digits").load(), DataOptions.defaults()).classLabels())
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void generatedFilesAreExactlyWhatTheGeneratorWrites() {
        for (Map.Entry<String, String> file : BuiltInDatasetGenerator.generated().entrySet()) {
            String id = file.getKey().replace(".csv", "");
            assertThat(new String(BuiltInDatasets.byId(id).bytes(), StandardCharsets.UTF_8)).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @Test
    void everyDatasetIsListedWithADescription() {
        assertThat(BuiltInDatasets.all()).extracting(BuiltInDataset::id)
                .containsExactly("seed", "xor", "circles", "spirals", "blobs", "curve", "iris", "digits");
        assertThat(BuiltInDatasets.all()).allSatisfy(d -> assertThat(d.description()).isNotBlank());
        assertThatThrownBy(() -> BuiltInDatasets.byId("mnist")).hasMessageStartingWith("no built-in dataset 'mnist'; known: seed, xor");
    }
}
