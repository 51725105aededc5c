package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.engine.Network;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each neuron's picture is what that neuron computes at the grid's points (checked against a forward
 * pass written out by hand from the weights), quantised to shades of its layer's range; and how many
 * pictures one snapshot holds is bounded whatever the network.
 */
class NeuronPicturesTest {
    // three points spanning x1 ∈ [−1, 2], x2 ∈ [0, 3]: the plane is that plus a margin
    private static final TrainingData DATA = new TrainingData(new double[][] {{-1, 0}, {2, 3}, {0.5, 1}},
            new double[][] {{0}, {1}, {1}});
    private static final List<DenseWeights> WEIGHTS = List.of(
            new DenseWeights(new double[][] {{0.7, -1.3, 0.2}, {-0.4, 0.9, 1.1}}, new double[] {0.1, -0.2, 0.3}),
            new DenseWeights(new double[][] {{1.5, -0.6}, {-0.8, 0.4}, {0.3, 2.0}}, new double[] {-0.1, 0.5}),
            new DenseWeights(new double[][] {{1.2}, {-0.9}}, new double[] {0.05}));
    private static final NetworkSpec SPEC = new NetworkSpec(2, List.of(new DenseSpec(3, Activation.TANH),
            new DenseSpec(2, Activation.RELU), new DenseSpec(1, Activation.SIGMOID)));

    @Test
    void eachPictureIsItsNeuronsOutputAtTheGridsPointsAndItsShadeThatOutputOnTheLayersScale() {
        Network network = Network.create(SPEC, WEIGHTS);
        PlaneGrid plane = PlaneGrid.of(DATA);
        int grid = SnapshotTaker.GRID_SIZE;
        int step = SnapshotTaker.PICTURE_STEP;
        List<double[][]> values = NeuronPictures.values(network.denseOutputs(plane.gridInputs(grid)), new int[] {3, 2, 1},
                grid, step);
        RunSnapshot snapshot = new SnapshotTaker(DATA, Task.BINARY).take(7, network);
        NeuronPictures pictures = snapshot.neurons();
        assertThat(pictures.size()).isEqualTo(21);
        assertThat(pictures.count()).isEqualTo(6);

        for (int row = 0; row < pictures.size(); row += 4) {
            for (int col = 0; col < pictures.size(); col += 5) {
                double[][] layers = byHand(plane.x(col * step, grid), plane.y(row * step, grid));
                for (int k = 0; k < 3; k++) {
                    NeuronPictures.Layer layer = pictures.layers().get(k);
                    for (int u = 0; u < layers[k].length; u++) {
                        double v = values.get(k)[u][row * 21 + col];
                        assertThat(v).as("layer %d unit %d at (%d, %d)", k, u, row, col).isCloseTo(layers[k][u], within(1e-12));
                        long shade = Math.round((v - layer.lo()) / (layer.hi() - layer.lo()) * NeuronPictures.SHADES);
                        assertThat(layer.shade(u, row * 21 + col)).isEqualTo((int) shade);
                    }
                }
            }
        }
        // hidden layers: symmetric about 0, at least −1..1 (tanh is inside it); a probability: 0..1
        assertThat(pictures.layers().get(0).lo()).isEqualTo(-1);
        assertThat(pictures.layers().get(0).hi()).isEqualTo(1);
        assertThat(pictures.layers().get(1).hi()).isEqualTo(-pictures.layers().get(1).lo()).isGreaterThanOrEqualTo(1);
        assertThat(pictures.layers().get(2).lo()).isZero();
        assertThat(pictures.layers().get(2).hi()).isEqualTo(1);
        // the output's picture is the boundary, every second point of it
        double[] boundary = snapshot.boundary().values();
        assertThat(values.get(2)[0][3 * 21 + 4]).isEqualTo(boundary[6 * grid + 8]);
    }

    @Test
    void aSnapshotHoldsAtMostSixtyFourPicturesAndNoneForALayerDrawnAsOneNode() {
        List<LayerSpec> layers = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> layers.add(new DenseSpec(16, Activation.TANH)));
        layers.add(new DenseSpec(3, Activation.SOFTMAX));
        Network deep = Network.create(new NetworkSpec(2, layers), Init.XAVIER, 1);
        NeuronPictures pictures = new SnapshotTaker(DATA, Task.MULTICLASS).take(1, deep).neurons();
        assertThat(pictures.count()).isLessThanOrEqualTo(NeuronPictures.MAX_PICTURES);
        // the output's three first, then three hidden layers of 16 fit (51); the fourth would make 67
        assertThat(pictures.layers().stream().map(l -> l.pictures().size()).toList()).containsExactly(16, 16, 16, 0, 0, 3);

        Network wide = Network.create(new NetworkSpec(2, List.of(new DenseSpec(17, Activation.RELU),
                new DenseSpec(1, Activation.SIGMOID))), Init.XAVIER, 1);
        NeuronPictures widePictures = new SnapshotTaker(DATA, Task.BINARY).take(1, wide).neurons();
        assertThat(widePictures.layers().get(0).pictures()).isEmpty();
        assertThat(widePictures.layers().get(1).pictures()).hasSize(1);
    }

    @Test
    void dataWithoutTwoFeaturesHasNeitherBoundaryNorPictures() {
        TrainingData three = new TrainingData(new double[][] {{0, 1, 2}, {1, 2, 3}}, new double[][] {{0}, {1}});
        Network network = Network.create(new NetworkSpec(3, List.of(new DenseSpec(1, Activation.SIGMOID))), Init.XAVIER, 1);
        RunSnapshot snapshot = new SnapshotTaker(three, Task.BINARY).take(1, network);
        assertThat(snapshot.boundary()).isNull();
        assertThat(snapshot.neurons()).isNull();
    }

    // the forward pass written out: a_j = f(Σ_i x_i·W_ij + b_j), layer after layer
    private static double[][] byHand(double x1, double x2) {
        double[] a = {x1, x2};
        double[][] layers = new double[3][];
        for (int k = 0; k < 3; k++) {
            DenseWeights w = WEIGHTS.get(k);
            double[] next = new double[w.units()];
            for (int j = 0; j < next.length; j++) {
                double z = w.b()[j];
                for (int i = 0; i < a.length; i++) {
                    z += a[i] * w.W()[i][j];
                }
                next[j] = k == 0 ? Math.tanh(z) : k == 1 ? Math.max(0, z) : 1 / (1 + Math.exp(-z));
            }
            layers[k] = next;
            a = next;
        }
        return layers;
    }
}
