package dev.chainrule.training;

import dev.chainrule.engine.Argmax;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Task;
import java.util.List;

/**
 * Takes {@link RunSnapshot}s on the training thread, at most every {@link #INTERVAL_NANOS}: a
 * 2-feature network is evaluated on a grid spanning the data (plus a margin, {@link PlaneGrid}) in one
 * forward pass that keeps every layer's outputs: the output layer's are the decision boundary, and every
 * second point of the grid each way the pictures of the neurons the diagram draws. Network is not
 * thread-safe, so this must run inside the training listener.
 */
final class SnapshotTaker {
    static final long INTERVAL_NANOS = 500_000_000L;
    static final int GRID_SIZE = 41;
    /** Neuron pictures take every second point of the boundary's grid: 21 × 21, over the same range. */
    static final int PICTURE_STEP = 2;

    private final Task task;
    private final PlaneGrid plane; // null when the data is not 2-D
    private double[][] gridInputs;
    private long lastTaken;

    SnapshotTaker(TrainingData data, Task task) {
        this.task = task;
        this.plane = PlaneGrid.of(data);
    }

    boolean isDue(long now) {
        return lastTaken == 0 || now - lastTaken >= INTERVAL_NANOS;
    }

    RunSnapshot take(int epoch, Network network) {
        lastTaken = System.nanoTime();
        if (plane == null) {
            return new RunSnapshot(epoch, network.weights(), null);
        }
        if (gridInputs == null) {
            gridInputs = plane.gridInputs(GRID_SIZE); // the same points every time: computed once
        }
        List<double[]> outputs = network.denseOutputs(gridInputs);
        int[] units = network.spec().denseLayers().stream().mapToInt(DenseSpec::units).toArray();
        BoundaryGrid boundary = plane.boundary(GRID_SIZE, boundary(outputs.get(outputs.size() - 1), units[units.length - 1]));
        NeuronPictures neurons = NeuronPictures.of(outputs, units, GRID_SIZE, PICTURE_STEP, task);
        return new RunSnapshot(epoch, DiagramWeights.of(network.weights()), boundary, neurons);
    }

    // Binary: probability of class 1; multi-class: the winning class; regression: the prediction.
    private double[] boundary(double[] output, int width) {
        double[] values = new double[GRID_SIZE * GRID_SIZE];
        for (int i = 0; i < values.length; i++) {
            values[i] = task != Task.MULTICLASS ? output[i * width]
                    : Argmax.of(output, i * width, width);
        }
        return values;
    }
}
