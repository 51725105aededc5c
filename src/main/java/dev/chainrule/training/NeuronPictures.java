package dev.chainrule.training;

import dev.chainrule.engine.spec.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * What each neuron the diagram draws computes over the input plane, as TensorFlow Playground shows
 * it: per dense layer, one small picture per drawn unit ({@code size × size} points, row by row from
 * the smallest y, as {@link BoundaryGrid}), each point a shade from 0 to 255 for the layer's range
 * {@code lo..hi}. Shades, not doubles: the colours have 256 levels at most, and a picture is 441 bytes
 * instead of 3.5 kB; with at most {@link #MAX_PICTURES} pictures a snapshot's stay under 29 kB.
 *
 * <p>A layer drawn as one node (wider than {@link DiagramWeights#MAX_DRAWN_UNITS}) has no pictures:
 * its node stands for many neurons. Hidden layers share a range symmetric about 0 ({@code −m..m}, at
 * least −1..1), so white is 0 and the colours are the signs, as for the weights; the output layer of a
 * classifier is a probability (0..1, the boundary's colours); a regression's output spans its values.
 *
 * @param layers one entry per dense layer, in order; a layer without pictures has an empty list
 */
public record NeuronPictures(int size, List<Layer> layers) {
    /** The most pictures one snapshot holds: beyond that the diagram has no room for them anyway. */
    public static final int MAX_PICTURES = 64;
    /** The darkest shade, standing for a layer's {@code hi}. */
    public static final int SHADES = 255;

    public NeuronPictures {
        layers = List.copyOf(layers);
    }

    /** One layer's pictures: {@code pictures.get(u)[row * size + col]} is unit u's shade at that point. */
    public record Layer(double lo, double hi, List<byte[]> pictures) {
        public Layer {
            pictures = pictures.stream().map(byte[]::clone).toList();
        }

        @Override
        public List<byte[]> pictures() {
            return pictures.stream().map(byte[]::clone).toList();
        }

        /** The shade (0 to {@link #SHADES}) of unit u's picture at index i. */
        public int shade(int unit, int i) {
            return pictures.get(unit)[i] & 0xff;
        }
    }

    public int count() {
        return layers.stream().mapToInt(l -> l.pictures().size()).sum();
    }

    /** About what these pictures hold on the heap. */
    long estimatedBytes() {
        return 64 + layers.stream().mapToLong(l -> 64 + l.pictures.size() * (32L + size * size)).sum();
    }

    /**
     * The pictures of the drawn neurons, from every dense layer's outputs over a grid (the rows of
     * {@link dev.chainrule.engine.Network#denseOutputs}, {@code gridSize × gridSize} points), taking every
     * {@code step}-th point of it each way.
     *
     * @param units the width of each dense layer
     */
    static NeuronPictures of(List<double[]> outputs, int[] units, int gridSize, int step, Task task) {
        List<double[][]> values = values(outputs, units, gridSize, step);
        int size = (gridSize - 1) / step + 1;
        List<Layer> layers = new ArrayList<>(values.size());
        for (int k = 0; k < values.size(); k++) {
            boolean output = k == values.size() - 1;
            layers.add(quantised(values.get(k), output ? task : null));
        }
        return new NeuronPictures(size, layers);
    }

    /**
     * Each drawn unit's outputs at the picture's points: {@code [layer][unit][row * size + col]}. The output
     * layer's units come first, then the hidden layers' in order while they fit in {@link #MAX_PICTURES};
     * a layer that does not fit whole, or is drawn as one node, gets none.
     */
    static List<double[][]> values(List<double[]> outputs, int[] units, int gridSize, int step) {
        int size = (gridSize - 1) / step + 1;
        int last = outputs.size() - 1;
        int room = MAX_PICTURES - pictured(units[last]);
        List<double[][]> layers = new ArrayList<>(outputs.size());
        for (int k = 0; k <= last; k++) {
            int drawn = pictured(units[k]);
            if (k < last && drawn > room) {
                drawn = 0;
            }
            room -= k < last ? drawn : 0;
            double[][] pictures = new double[drawn][size * size];
            double[] out = outputs.get(k);
            for (int u = 0; u < drawn; u++) {
                for (int row = 0; row < size; row++) {
                    for (int col = 0; col < size; col++) {
                        int point = row * step * gridSize + col * step;
                        pictures[u][row * size + col] = out[point * units[k] + u];
                    }
                }
            }
            layers.add(pictures);
        }
        return layers;
    }

    // a layer the diagram draws as one node has no picture of its own
    private static int pictured(int units) {
        return DiagramWeights.drawnUnits(units) == units ? units : 0;
    }

    // task: the output layer's task, or null for a hidden layer
    private static Layer quantised(double[][] pictures, Task task) {
        double lo;
        double hi;
        if (task == null) {
            hi = 1;
            for (double[] p : pictures) {
                for (double v : p) {
                    hi = Double.isFinite(v) ? Math.max(hi, Math.abs(v)) : hi;
                }
            }
            lo = -hi;
        } else if (task != Task.REGRESSION) {
            lo = 0;
            hi = 1;
        } else {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (double[] p : pictures) {
                for (double v : p) {
                    lo = Double.isFinite(v) ? Math.min(lo, v) : lo;
                    hi = Double.isFinite(v) ? Math.max(hi, v) : hi;
                }
            }
        }
        List<byte[]> shades = new ArrayList<>(pictures.length);
        for (double[] p : pictures) {
            byte[] s = new byte[p.length];
            for (int i = 0; i < p.length; i++) {
                s[i] = (byte) shade(p[i], lo, hi);
            }
            shades.add(s);
        }
        return hi >= lo ? new Layer(lo, hi, shades) : new Layer(0, 0, shades);
    }

    // the middle for a value that is not finite or a range of one value, as the boundary does
    private static int shade(double v, double lo, double hi) {
        if (!Double.isFinite(v) || !(hi > lo)) {
            return (SHADES + 1) / 2;
        }
        return (int) Math.round(Math.min(1, Math.max(0, (v - lo) / (hi - lo))) * SHADES);
    }
}
