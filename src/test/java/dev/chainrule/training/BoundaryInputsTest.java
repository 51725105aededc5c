package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.data.Csv;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.InputFeature;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision boundary's grid feeds the network the inputs its data computes (x1², …), not just the two coordinates. */
class BoundaryInputsTest {

    @Test
    void givenDataWithX1SquaredWhenTheBoundaryIsSampledThenEachGridPointIsTheNetworkAtItsOwnSquare() {
        PreparedData data = Preparation.prepare(Csv.parse("a,b,y\n-1,0,1\n2,1,4\n0.5,-1,0.25\n"),
                DataOptions.defaults().withInputFeatures(List.of(InputFeature.X1_SQUARED)));
        // output = the third input alone: the grid shows x1² exactly when the grid computed it
        Network network = Network.create(new NetworkSpec(3, List.of(new DenseSpec(1, Activation.LINEAR))),
                List.of(new DenseWeights(new double[][] {{0}, {0}, {1}}, new double[] {0})));

        BoundaryGrid grid = new SnapshotTaker(data.train(), Task.REGRESSION).take(1, network).boundary();

        double[] values = grid.values();
        for (int row = 0; row < grid.size(); row += 10) {
            for (int col = 0; col < grid.size(); col++) {
                assertThat(values[row * grid.size() + col]).isCloseTo(grid.x(col) * grid.x(col), within(1e-12));
            }
        }
    }
}
