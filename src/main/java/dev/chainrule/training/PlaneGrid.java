package dev.chainrule.training;

import dev.chainrule.engine.InputPlane;
import dev.chainrule.engine.TrainingData;

/**
 * The plane of the two input features, where the run's pictures are drawn (the decision boundary,
 * each neuron's picture), and the one place a point of that plane becomes the network's inputs:
 * every picture goes through {@link #gridInputs}, which asks the data's {@link InputPlane}, so inputs
 * computed from the two (x1², sin x1, …) are computed for every grid point as for the training rows.
 */
final class PlaneGrid {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final InputPlane inputs;

    private PlaneGrid(double[] range, InputPlane inputs) {
        this.inputs = inputs;
        this.xMin = range[0];
        this.xMax = range[1];
        this.yMin = range[2];
        this.yMax = range[3];
    }

    /**
     * The plane spanning these training rows (plus a margin), or null when the data has no plane: not two
     * features, nor inputs computed from two ({@link TrainingData#plane()}).
     */
    static PlaneGrid of(TrainingData data) {
        return data.plane() != null ? new PlaneGrid(range(data.x()), data.plane()) : null;
    }

    /**
     * The network's inputs at each point of a size × size grid over the plane, row by row from the
     * smallest y, each row from the smallest x: point {@code row * size + col} is at
     * ({@link #x}(col), {@link #y}(row)).
     */
    double[][] gridInputs(int size) {
        double[][] grid = new double[size * size][];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                grid[row * size + col] = inputs.inputs(x(col, size), y(row, size));
            }
        }
        return grid;
    }

    double x(int col, int size) {
        return xMin + col * (xMax - xMin) / (size - 1);
    }

    double y(int row, int size) {
        return yMin + row * (yMax - yMin) / (size - 1);
    }

    BoundaryGrid boundary(int size, double[] values) {
        return new BoundaryGrid(xMin, xMax, yMin, yMax, size, values);
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
