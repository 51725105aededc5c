package dev.chainrule.training;

import dev.chainrule.engine.Finite;
import dev.chainrule.engine.spec.DenseWeights;
import java.util.ArrayList;
import java.util.List;

/**
 * The weights as the network diagram draws them, small whatever the size of the network: per dense
 * layer, one weight per drawn connection. A layer wider than {@link #MAX_DRAWN_UNITS} units is drawn
 * as one node, so each connection to it stands for a block of weights, sent as their mean: a
 * 784-256 layer sends one number instead of 200,704. A layer of at most that width on both sides
 * sends its weights as they are. Non-finite weights count as 0, as they are drawn.
 */
public record DiagramWeights(List<Layer> layers) {
    /** Layers wider than this are drawn as one node (the diagram follows {@link #drawnUnits}). */
    public static final int MAX_DRAWN_UNITS = 16;

    public DiagramWeights {
        layers = List.copyOf(layers);
    }

    /**
     * One dense layer: {@code W} is drawn inputs × drawn units (a collapsed side counts one), and
     * {@code maxAbs} the largest |weight| of the whole layer, so that lines keep the network's scale.
     */
    public record Layer(double[][] W, double maxAbs) {
        public Layer {
            W = copy(W);
        }

        @Override
        public double[][] W() {
            return copy(W);
        }

        private static double[][] copy(double[][] m) {
            double[][] c = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
    }

    /** How many nodes the diagram draws for a layer of {@code units}: all of them, or one for a wide layer. */
    public static int drawnUnits(int units) {
        return units > MAX_DRAWN_UNITS ? 1 : units;
    }

    public static DiagramWeights of(List<DenseWeights> weights) {
        List<Layer> layers = new ArrayList<>(weights.size());
        for (DenseWeights w : weights) {
            layers.add(layer(w));
        }
        return new DiagramWeights(layers);
    }

    // Sums in row order, then column order, and divides once: each block's mean is the same double the
    // diagram computed in the browser when it was sent every weight.
    private static Layer layer(DenseWeights weights) {
        double[][] w = weights.W();
        int inputs = weights.inputs();
        int units = weights.units();
        boolean fromCollapsed = drawnUnits(inputs) != inputs;
        boolean toCollapsed = drawnUnits(units) != units;
        double[][] sums = new double[fromCollapsed ? 1 : inputs][toCollapsed ? 1 : units];
        double maxAbs = 0;
        for (int r = 0; r < inputs; r++) {
            double[] sumRow = sums[fromCollapsed ? 0 : r];
            for (int c = 0; c < units; c++) {
                double v = Finite.orZero(w[r][c]);
                maxAbs = Math.max(maxAbs, Math.abs(v));
                if (fromCollapsed || toCollapsed) {
                    sumRow[toCollapsed ? 0 : c] += v;
                } else {
                    sumRow[c] = v; // exactly the weight (a sum would turn -0.0 into 0.0)
                }
            }
        }
        int count = (fromCollapsed ? inputs : 1) * (toCollapsed ? units : 1);
        if (count > 1) {
            for (double[] row : sums) {
                for (int c = 0; c < row.length; c++) {
                    row[c] /= count;
                }
            }
        }
        return new Layer(sums, maxAbs);
    }
}
