package dev.chainrule.data.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.data.ColumnType;
import dev.chainrule.data.Csv;
import dev.chainrule.data.CsvImporter;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.RawTable;
import dev.chainrule.engine.spec.Task;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparationTest {

    private static PreparedData prepare(String csv, DataOptions options) {
        return Preparation.prepare(Csv.parse(csv), options);
    }

    @Test
    void seedExampleIsOneRegressionRow() {
        PreparedData d = prepare("x1,x2,y\n0.5,0.8,1.0\n", DataOptions.defaults());

        assertThat(d.task()).isEqualTo(Task.REGRESSION);
        assertThat(d.train().x()).isDeepEqualTo(new double[][] {{0.5, 0.8}});
        assertThat(d.train().y()).isDeepEqualTo(new double[][] {{1.0}});
        assertThat(d.validation()).isNull();
    }

    @Test
    void numericClassesAreInNumericOrderNotTextOrder() {
        PreparedData d = prepare("x,y\n1,10\n2,2\n3,1\n4,2\n", DataOptions.defaults());

        assertThat(d.task()).isEqualTo(Task.MULTICLASS);
        assertThat(d.classLabels()).containsExactly("1", "2", "10");
        assertThat(d.train().y()).isDeepEqualTo(new double[][] {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 1, 0}});
    }

    @Test
    void textClassesAreInLexicographicOrder() {
        PreparedData d = prepare("x,species\n1,b\n2,B\n3,a\n", DataOptions.defaults());

        assertThat(d.classLabels()).containsExactly("B", "a", "b");
        assertThat(d.train().y()[0]).containsExactly(0, 0, 1);
    }

    @Test
    void twoClassesAreBinaryWithIndexTargets() {
        PreparedData d = prepare("x,ok\n1,yes\n2,no\n3,yes\n", DataOptions.defaults());

        assertThat(d.task()).isEqualTo(Task.BINARY);
        assertThat(d.classLabels()).containsExactly("no", "yes");
        assertThat(d.train().y()).isDeepEqualTo(new double[][] {{1}, {0}, {1}});
    }

    @Test
    void continuousNumericTargetIsRegressionAndTaskCanBeChanged() {
        RawTable t = Csv.parse("x,y\n1,0.5\n2,1.5\n3,2.25\n4,0.5\n");

        assertThat(Preparation.prepare(t, DataOptions.defaults()).task()).isEqualTo(Task.REGRESSION);
        PreparedData asClasses = Preparation.prepare(t, DataOptions.defaults().withTask(Task.MULTICLASS));
        assertThat(asClasses.classLabels()).containsExactly("0.5", "1.5", "2.25");
    }

    @Test
    void categoricalFeaturesAreOneHotInSortedOrder() {
        PreparedData d = prepare("color,n,y\nred,1,0\nblue,2,1\ngreen,3,0\nred,4,1\n", DataOptions.defaults());

        assertThat(d.featureNames()).containsExactly("color=blue", "color=green", "color=red", "n");
        assertThat(d.train().x()[0]).containsExactly(0, 0, 1, 1);
        assertThat(d.train().x()[1]).containsExactly(1, 0, 0, 2);
    }

    @Test
    void numericColumnCanBeMadeCategoricalAndTextCannotBeMadeNumeric() {
        RawTable t = Csv.parse("grade,name,y\n3,a,0\n1,b,1\n3,c,0\n");

        PreparedData d = Preparation.prepare(t, DataOptions.defaults().withColumnType("grade", ColumnType.CATEGORICAL)
                .withColumnType("name", ColumnType.IGNORED));
        assertThat(d.featureNames()).containsExactly("grade=1", "grade=3");

        assertThatThrownBy(() -> Preparation.prepare(t, DataOptions.defaults().withColumnType("name", ColumnType.NUMERIC)))
                .hasMessage("Column 'name' holds text (e.g. 'a'), so it cannot be numeric. Mark it categorical or ignored.");
    }

    @Test
    void missingValuesDroppedAndCounted() {
        PreparedData d = prepare("a,b,y\n1,2,0\nNA,3,1\n4,?,0\n5,6,\n7,8,1\n", DataOptions.defaults());

        assertThat(d.trainRows()).containsExactly(0, 4);
        assertThat(d.droppedRows()).isEqualTo(3);
        assertThat(d.missingTargets()).as("row 3 lacks its target; rows 1 and 2 a feature").isEqualTo(1);
        assertThat(d.tableRows()).isEqualTo(5);
        assertThat(d.notes()).contains("Dropped 3 of 5 rows with a missing value in a used column.");
    }

    @Test
    void missingValuesImputedFromTrainingRowsOnly() {
        String csv = "a,color,y\n1,red,0\nNA,blue,1\n3,,0\n5,red,1\n100,blue,0\n";
        DataOptions options = DataOptions.defaults().withMissingValues(MissingValueRule.IMPUTE);

        PreparedData d = prepare(csv, options);
        assertThat(d.imputedCells()).containsEntry("a", 1).containsEntry("color", 1);
        assertThat(d.train().x()[1][0]).isEqualTo((1 + 3 + 5 + 100) / 4.0);
        assertThat(d.train().x()[2]).containsExactly(3, 1, 0); // a tie between blue and red → the first in order, blue

        PreparedData split = prepare(csv, options.withValidation(0.2, 3));
        int validationRow = split.validationRows()[0];
        double expectedMean = Arrays.stream(split.trainRows()).filter(r -> r != 1)
                .mapToDouble(r -> new double[] {1, Double.NaN, 3, 5, 100}[r]).average().orElseThrow();
        int missingA = Arrays.binarySearch(split.trainRows(), 1);
        if (missingA >= 0) {
            assertThat(split.train().x()[missingA][0]).isEqualTo(expectedMean);
        }
        assertThat(validationRow).isBetween(0, 4);
    }

    @Test
    void preparationIsDeterministicToTheBit() {
        String csv = "a,color,b,y\n" + "1.5,red,3,x\n2.25,blue,NA,y\n-7,red,9,z\n0.125,green,4,x\n3,blue,5,y\n8,red,1,z\n";
        DataOptions options = DataOptions.defaults().withStandardize(true).withValidation(0.34, 99)
                .withMissingValues(MissingValueRule.IMPUTE);

        PreparedData first = prepare(csv, options);
        PreparedData second = prepare(csv, options);

        assertThat(first.train().x()).isDeepEqualTo(second.train().x());
        assertThat(first.train().y()).isDeepEqualTo(second.train().y());
        assertThat(first.validation().x()).isDeepEqualTo(second.validation().x());
        assertThat(first.means()).isEqualTo(second.means());
        assertThat(first.scales()).isEqualTo(second.scales());
        assertThat(Arrays.equals(first.trainRows(), prepare(csv, options.withValidation(0.34, 12345)).trainRows()))
                .as("another seed picks other rows").isFalse();
    }

    @Test
    void standardisationIsFittedOnTrainingRowsOnly() {
        StringBuilder csv = new StringBuilder("a,y\n");
        for (int i = 0; i < 20; i++) {
            csv.append(i).append(',').append(i % 2).append('\n');
        }
        DataOptions options = DataOptions.defaults().withStandardize(true).withValidation(0.25, 5);
        PreparedData d = prepare(csv.toString(), options);

        double[] train = Arrays.stream(d.trainRows()).asDoubleStream().toArray();
        double mean = Arrays.stream(train).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(train).map(v -> (v - mean) * (v - mean)).sum() / train.length);
        assertThat(d.means()[0]).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(d.scales()[0]).isCloseTo(sd, org.assertj.core.data.Offset.offset(1e-12));

        // Change every validation value wildly: the fitted statistics and the training rows do not move.
        String[] lines = csv.toString().split("\n");
        for (int r : d.validationRows()) {
            lines[r + 1] = "1000000," + (r % 2);
        }
        PreparedData changed = prepare(String.join("\n", lines) + "\n", options);
        assertThat(changed.validationRows()).isEqualTo(d.validationRows());
        assertThat(changed.means()).isEqualTo(d.means());
        assertThat(changed.scales()).isEqualTo(d.scales());
        assertThat(changed.train().x()).isDeepEqualTo(d.train().x());
    }

    @Test
    void oneHotUnitsAreNotScaled() {
        PreparedData d = prepare("c,n,y\nu,1,0\nv,3,1\n", DataOptions.defaults().withStandardize(true));

        assertThat(d.means()).containsExactly(0, 0, 2);
        assertThat(d.scales()).containsExactly(1, 1, 1);
        assertThat(d.train().x()).isDeepEqualTo(new double[][] {{1, 0, -1}, {0, 1, 1}});
    }

    @Test
    void targetWithASingleClass() {
        assertThatThrownBy(() -> prepare("x,y\n1,yes\n2,yes\n", DataOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("The target 'y' has a single class ('yes'): there is nothing to tell apart. "
                        + "Choose another target column, or add rows of other classes.");
    }

    @Test
    void impossibleTasksAreExplained() {
        assertThatThrownBy(() -> prepare("x,y\n1,a\n2,b\n", DataOptions.defaults().withTask(Task.REGRESSION)))
                .hasMessage("The target 'y' holds text (e.g. 'a'), so the task cannot be regression. Choose binary or multiclass.");
        assertThatThrownBy(() -> prepare("x,y\n1,a\n2,b\n3,c\n", DataOptions.defaults().withTask(Task.BINARY)))
                .hasMessageStartingWith("The target 'y' has 3 classes, so the task cannot be binary.");
    }

    @Test
    void tooManyCategoriesAndTooManyColumnsAfterOneHot() {
        ImportLimits limits = new ImportLimits(ImportLimits.MEGABYTE, 1000, 4, 3);
        RawTable t = CsvImporter.parse("c,d,y\na,p,0\nb,q,1\nc,r,0\nd,s,1\n".getBytes(), "t.csv", limits);

        assertThat(DatasetProfile.of(t).columns().get(0).type()).isEqualTo(ColumnType.IGNORED);
        assertThatThrownBy(() -> Preparation.prepare(t, DataOptions.defaults().withColumnType("c", ColumnType.CATEGORICAL)))
                .hasMessage("Column 'c' has 4 categories, over the limit of 3 per column. Mark it as ignored (or numeric, if it holds numbers).");

        RawTable wide = CsvImporter.parse("c,d,y\na,p,0\nb,q,1\nc,r,0\n".getBytes(), "t.csv", limits);
        assertThatThrownBy(() -> Preparation.prepare(wide, DataOptions.defaults()))
                .hasMessage("After one-hot encoding there are more than 4 input columns, the limit (reached at column 'd'). "
                        + "Mark some categorical columns as ignored.");
    }

    @Test
    void identifierColumnsAsTargetOrCategoryAreRefusedQuickly() {
        StringBuilder csv = new StringBuilder("x,id\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append(i % 7).append(",user").append(i).append('\n');
        }
        RawTable t = Csv.parse(csv.toString());

        long start = System.nanoTime();
        assertThatThrownBy(() -> Preparation.prepare(t, DataOptions.defaults()))
                .hasMessageStartingWith("The target 'id' has 100000 classes, over the limit of 100 categories per column.");
        assertThatThrownBy(() -> Preparation.prepare(t, DataOptions.defaults().withTarget("x").withColumnType("id", ColumnType.CATEGORICAL)))
                .hasMessageStartingWith("Column 'id' has 100000 categories, over the limit of 100 per column.");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(5);
    }

    @Test
    void featureChoicesAreChecked() {
        RawTable t = Csv.parse("a,b,y\n1,2,0\n3,4,1\n");

        assertThat(Preparation.prepare(t, DataOptions.defaults().withFeatures(List.of("b"))).featureNames()).containsExactly("b");
        assertThatThrownBy(() -> Preparation.prepare(t, DataOptions.defaults().withFeatures(List.of("z"))))
                .hasMessage("There is no column 'z'. The columns are: a, b, y.");
        assertThatThrownBy(() -> Preparation.prepare(t, DataOptions.defaults().withColumnType("a", ColumnType.IGNORED)
                .withColumnType("b", ColumnType.IGNORED))).hasMessageStartingWith("There is no feature column");
        assertThatThrownBy(() -> Preparation.prepare(t, DataOptions.defaults().withValidation(0.9, 1)))
                .hasMessageStartingWith("A validation fraction of 0.90 leaves no training rows out of 2.");
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> DataOptions.defaults().withValidation(1.0, 1))
                .hasMessage("validationFraction must be at least 0 and below 1, was 1.0");
    }
}
