package dev.chainrule.engine;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Cuts the training data into batches in the current example order and copies each batch
 * into two work matrices (reused: reshaped, not reallocated, when the last batch is smaller).
 */
final class Batches {

    private final TrainingData data;
    private final int batchSize;
    private final int[] order;
    private final DMatrixRMaj x;
    private final DMatrixRMaj y;

    /** @param batchSize 0 = the whole data set in one batch */
    Batches(TrainingData data, int batchSize) {
        this.data = data;
        this.batchSize = batchSize == 0 ? data.rows() : Math.min(batchSize, data.rows());
        this.order = new int[data.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.x = new DMatrixRMaj(this.batchSize, data.features());
        this.y = new DMatrixRMaj(this.batchSize, data.outputs());
    }

    /** Fisher–Yates shuffle of the current order (so each epoch continues the same random stream). */
    void shuffle(SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    int count() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** Copies batch {@code b} (0-based) into {@link #x()} and {@link #y()}; returns its size. */
    int load(int b) {
        int start = b * batchSize;
        int size = Math.min(batchSize, order.length - start);
        x.reshape(size, data.features());
        y.reshape(size, data.outputs());
        for (int r = 0; r < size; r++) {
            System.arraycopy(data.xRow(order[start + r]), 0, x.data, r * x.numCols, x.numCols);
            System.arraycopy(data.yRow(order[start + r]), 0, y.data, r * y.numCols, y.numCols);
        }
        return size;
    }

    /** Which training row is example {@code r} of batch {@code b} in the current order (for a step-through). */
    int row(int b, int r) {
        return order[b * batchSize + r];
    }

    DMatrixRMaj x() {
        return x;
    }

    DMatrixRMaj y() {
        return y;
    }
}
