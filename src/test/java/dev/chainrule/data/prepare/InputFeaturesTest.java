package dev.chainrule.data.prepare;

import static dev.chainrule.data.prepare.InputFeature.SIN_X1;
import static dev.chainrule.data.prepare.InputFeature.SIN_X2;
import static dev.chainrule.data.prepare.InputFeature.X1_SQUARED;
import static dev.chainrule.data.prepare.InputFeature.X1_TIMES_X2;
import static dev.chainrule.data.prepare.InputFeature.X2_SQUARED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.data.ColumnType;
import dev.chainrule.data.Csv;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.engine.InputPlane;
import java.util.List;
import org.junit.jupiter.api.Test;

/** data.inputFeatures: x1², x2², x1·x2, sin x1, sin x2 appended before standardising, and the same for the boundary's plane. */
class InputFeaturesTest {
    private static final String XY = "a,b,y\n0.5,2,1\n-1.5,0.25,0\n3,-2,1\n0.1,0.7,0\n";

    @Test
    void givenEveryFeatureInAnyOrderWhenPreparingThenTheyFollowTheTwoColumnsInTheFormatsOrder() {
        DataOptions options = DataOptions.defaults().withInputFeatures(List.of(SIN_X2, X1_SQUARED, X1_TIMES_X2, X2_SQUARED, SIN_X1));

        PreparedData d = Preparation.prepare(Csv.parse(XY), options);

        assertThat(options.inputFeatures()).containsExactly(X1_SQUARED, X2_SQUARED, X1_TIMES_X2, SIN_X1, SIN_X2);
        assertThat(d.featureNames()).containsExactly("a", "b", "a^2", "b^2", "a*b", "sin(a)", "sin(b)");
        assertThat(d.train().x()[0]).containsExactly(0.5, 2.0, 0.25, 4.0, 1.0, Math.sin(0.5), Math.sin(2.0));
        assertThat(d.train().x()[2]).containsExactly(3.0, -2.0, 9.0, 4.0, -6.0, Math.sin(3.0), Math.sin(-2.0));
        assertThat(d.notes()).contains("Added 5 inputs computed from a and b: a^2, b^2, a*b, sin(a), sin(b).");
        // unstandardised, the plane computes a point's features from the point itself
        assertThat(d.train().plane().inputs(3.0, -2.0)).containsExactly(d.train().x()[2]);
    }

    @Test
    void givenStandardisingWhenPreparingThenEachFeatureIsComputedFromRawValuesThenScaledAndThePlaneDoesTheSame() {
        DataOptions options = DataOptions.defaults().withStandardize(true).withValidation(0.25, 3)
                .withInputFeatures(List.of(X1_TIMES_X2, SIN_X1));

        PreparedData d = Preparation.prepare(Csv.parse(XY), options);

        double[][] x = d.train().x();
        // a·b of the raw rows, scaled with its own training mean and deviation, not the product of scaled a and b
        double[] raw = {0.5 * 2, -1.5 * 0.25, 3 * -2.0, 0.1 * 0.7};
        int[] rows = d.trainRows();
        for (int i = 0; i < x.length; i++) {
            assertThat(x[i][2]).isCloseTo((raw[rows[i]] - d.means()[2]) / d.scales()[2], within(1e-15));
        }
        assertThat(d.means()[2]).isNotZero();
        // a grid point on a training row's first two inputs gets that row's inputs, validation rows alike
        InputPlane plane = d.train().plane();
        for (double[] row : concat(x, d.validation().x())) {
            double[] computed = plane.inputs(row[0], row[1]);
            for (int j = 0; j < row.length; j++) {
                assertThat(computed[j]).isCloseTo(row[j], within(1e-12));
            }
        }
        assertThat(d.validation().plane()).isNotNull();
    }

    @Test
    void givenThreeFeaturesOrOneWhenAskingForInputFeaturesThenThePreparationRefusesSayingWhatToDo() {
        DataOptions options = DataOptions.defaults().withInputFeatures(List.of(X1_SQUARED, SIN_X2));

        assertThatThrownBy(() -> Preparation.prepare(Csv.parse("a,b,c,y\n1,2,3,0\n4,5,6,1\n"), options))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("The input features x1^2, sin(x2) are computed from two numeric feature columns, x1 and x2, "
                        + "but there are 3 feature columns ('a', 'b', 'c'). Choose two numeric features, or turn the input "
                        + "features off.");
        assertThatThrownBy(() -> Preparation.prepare(Csv.parse(XY), options.withFeatures(List.of("a"))))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("but there is 1 feature column ('a').");
    }

    @Test
    void givenACategoricalFeatureWhenAskingForInputFeaturesThenThePreparationRefusesNamingIt() {
        DataOptions options = DataOptions.defaults().withColumnType("b", ColumnType.CATEGORICAL)
                .withInputFeatures(List.of(SIN_X1));

        assertThatThrownBy(() -> Preparation.prepare(Csv.parse(XY), options)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("but 'b' is categorical. Choose two numeric features");
    }

    @Test
    void givenNoInputFeaturesThenTwoColumnsAreTheirOwnPlaneAndThreeHaveNone() {
        assertThat(Preparation.prepare(Csv.parse(XY), DataOptions.defaults()).train().plane()).isSameAs(InputPlane.TWO_INPUTS);
        assertThat(Preparation.prepare(Csv.parse("a,b,c,y\n1,2,3,0\n4,5,6,1\n"), DataOptions.defaults()).train().plane())
                .isNull();
    }

    @Test
    void givenAFeatureTwiceOrAnUnknownIdThenTheMessageSaysWhichAndWhatIsValid() {
        assertThatIllegalArgumentException().isThrownBy(() -> DataOptions.defaults().withInputFeatures(List.of(SIN_X1, SIN_X1)))
                .withMessage("input feature sin(x1) is listed twice: list each at most once");
        assertThatIllegalArgumentException().isThrownBy(() -> InputFeature.fromId("x3\n<b>"))
                .withMessage("unknown input feature 'x3\\n<b>': use any of x1^2, x2^2, x1*x2, sin(x1), sin(x2)");
        assertThat(InputFeature.fromId("x1*x2")).isEqualTo(X1_TIMES_X2);
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
