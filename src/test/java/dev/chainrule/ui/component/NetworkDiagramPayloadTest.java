package dev.chainrule.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.training.DiagramWeights;
import dev.chainrule.training.NeuronPictures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What the network diagram sends to the browser is bounded by the drawing, not by the network: a
 * small network sends exactly its weights, a big one the means of the blocks its collapsed nodes hide.
 */
class NetworkDiagramPayloadTest {
    private static final int ONE_MB = 1_000_000;

    @Test
    void aSmallNetworkSendsExactlyItsWeights() throws Exception {
        List<DenseWeights> weights = network(2, 8, 8, 1);
        JsonNode sent = new ObjectMapper().readTree(NetworkDiagram.payload(DiagramWeights.of(weights)));

        assertThat(sent).hasSize(3);
        for (int l = 0; l < weights.size(); l++) {
            double[][] w = weights.get(l).W();
            JsonNode matrix = sent.get(l).get("W");
            assertThat(matrix).hasSize(w.length);
            double maxAbs = 0;
            for (int r = 0; r < w.length; r++) {
                assertThat(matrix.get(r)).hasSize(w[r].length);
                for (int c = 0; c < w[r].length; c++) {
                    assertThat(matrix.get(r).get(c).doubleValue()).isEqualTo(w[r][c]);
                    maxAbs = Math.max(maxAbs, Math.abs(w[r][c]));
                }
            }
            assertThat(sent.get(l).get("maxAbs").doubleValue()).isEqualTo(maxAbs);
        }
    }

    @Test
    void theW4NetworkSendsUnderOneMegabyte() {
        String sent = NetworkDiagram.payload(DiagramWeights.of(network(784, 256, 128, 10)));
        System.out.printf("diagram payload 784-256-128-10: %,d characters%n", sent.length());
        assertThat(sent.length()).isLessThan(ONE_MB);
    }

    @Test
    void aSixteenMillionWeightNetworkSendsUnderOneMegabyteToo() {
        String sent = NetworkDiagram.payload(DiagramWeights.of(network(2, 4096, 4096, 1)));
        System.out.printf("diagram payload 2-4096-4096-1: %,d characters%n", sent.length());
        assertThat(sent.length()).isLessThan(ONE_MB);
    }

    @Test
    void aCollapsedSideSendsTheMeanOfTheBlockItHides() throws Exception {
        double[][] w = {
            {1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}, {11, 12}, {13, 14}, {15, 16}, {17, 18},
            {19, 20}, {21, 22}, {23, 24}, {25, 26}, {27, 28}, {29, 30}, {31, 32}, {33, Double.NaN}};
        JsonNode sent = new ObjectMapper().readTree(NetworkDiagram.payload(
                DiagramWeights.of(List.of(new DenseWeights(w, new double[2])))));

        JsonNode matrix = sent.get(0).get("W"); // 17 inputs: one drawn node, 2 units drawn
        assertThat(matrix).hasSize(1);
        assertThat(matrix.get(0).get(0).doubleValue()).isEqualTo((1 + 33) * 17 / 2.0 / 17);
        assertThat(matrix.get(0).get(1).doubleValue()).isEqualTo((2 + 32) * 16 / 2.0 / 17); // NaN drawn as 0
        assertThat(sent.get(0).get("maxAbs").doubleValue()).isEqualTo(33);
    }

    @Test
    void theMostNeuronPicturesASnapshotHoldsAreUnderThirtyEightAndAHalfThousandCharactersAndArriveShadeForShade() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        List<NeuronPictures.Layer> layers = new ArrayList<>();
        for (int units : new int[] {16, 16, 16, 13, 3}) { // 64 pictures, the most a snapshot holds
            List<byte[]> pictures = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                byte[] shades = new byte[21 * 21];
                random.nextBytes(shades);
                pictures.add(shades);
            }
            layers.add(new NeuronPictures.Layer(-1.5, 1.5, pictures));
        }
        NeuronPictures pictures = new NeuronPictures(21, layers);
        assertThat(pictures.count()).isEqualTo(NeuronPictures.MAX_PICTURES);

        String sent = NetworkDiagram.picturesPayload(pictures);
        System.out.printf("neuron pictures payload, %d pictures: %,d characters%n", pictures.count(), sent.length());
        assertThat(sent.length()).isLessThan(38_500);
        JsonNode json = new ObjectMapper().readTree(sent);
        assertThat(json.get("size").intValue()).isEqualTo(21);
        assertThat(json.get("layers").get(1).get("lo").doubleValue()).isEqualTo(-1.5);
        assertThat(Base64.getDecoder().decode(json.get("layers").get(3).get("pictures").get(12).textValue()))
                .isEqualTo(layers.get(3).pictures().get(12));
    }

    private static List<DenseWeights> network(int... widths) {
        SplittableRandom random = new SplittableRandom(widths.length);
        List<DenseWeights> layers = new ArrayList<>();
        for (int l = 0; l + 1 < widths.length; l++) {
            double[][] w = new double[widths[l]][widths[l + 1]];
            for (double[] row : w) {
                Arrays.setAll(row, i -> random.nextGaussian() * 0.1);
            }
            layers.add(new DenseWeights(w, new double[widths[l + 1]]));
        }
        return layers;
    }
}
