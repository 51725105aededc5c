package dev.chainrule.training;

import dev.chainrule.engine.Argmax;
import dev.chainrule.engine.InputPlane;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.Task;

/**
 * Takes {@link RunSnapshot}s on the training thread, at most every {@link #INTERVAL_NANOS}: a
 * network on data with a plane of two inputs ({@link TrainingData#plane()}) is evaluated on a grid
 * spanning the data (plus a margin) for the decision boundary. Network is not thread-safe, so this must run inside the training listener.
 */
final class SnapshotTaker {
    static final long INTERVAL_NANOS = 500_000_000L;
    static final int GRID_SIZE = 41;

    private final Task task;
    private final InputPlane plane; // a grid point's network inputs (x1², … too when the data computes them)
    private final double[] range; // xMin, xMax, yMin, yMax; null when the data is not 2-D
    private long lastTaken;

    SnapshotTaker(TrainingData data, Task task) {
        this.task = task;
        this.plane = data.plane();
        this.range = plane != null ? range(data.x()) : null;
    }

    boolean isDue(long now) {
        return lastTaken == 0 || now - lastTaken >= INTERVAL_NANOS;
    }

    RunSnapshot take(int epoch, Network network) {
        lastTaken = System.nanoTime();
        return new RunSnapshot(epoch, network.weights(), range == null ? null : boundary(network));
    }

    private BoundaryGrid boundary(Network network) {
        double[] values = new double[GRID_SIZE * GRID_SIZE];
        for (int row = 0; row < GRID_SIZE; row++) {
            double y = range[2] + row * (range[3] - range[2]) / (GRID_SIZE - 1);
            for (int col = 0; col < GRID_SIZE; col++) {
                double x = range[0] + col * (range[1] - range[0]) / (GRID_SIZE - 1);
                values[row * GRID_SIZE + col] = summarize(network.predict(plane.inputs(x, y)));
            }
        }
        return new BoundaryGrid(range[0], range[1], range[2], range[3], GRID_SIZE, values);
    }

    // Binary: probability of class 1; multi-class: the winning class; regression: the prediction.
    private double summarize(double[] output) {
        if (task != Task.MULTICLASS) {
            return output[0];
        }
        return Argmax.of(output);
    }

    private static double[] range(double[][] x) {
        double[] r = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] row : x) {
            r[0] = Math.min(r[0], row[0]);
            r[1] = Math.max(r[1], row[0]);
            r[2] = Math.min(r[2], row[1]);
            r[3] = Math.max(r[3], row[1]);
        }
        // A margin of 10% shows the boundary around the outermost points, and a flat feature still gets a range.
        for (int axis = 0; axis < 4; axis += 2) {
            double margin = Math.max(0.1 * (r[axis + 1] - r[axis]), 0.5);
            r[axis] -= margin;
            r[axis + 1] += margin;
        }
        return r;
    }
}
