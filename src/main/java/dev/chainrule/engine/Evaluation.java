package dev.chainrule.engine;

import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.spec.Task;
import org.ejml.data.DMatrixRMaj;

/**
 * Loss and accuracy of a network on a data set in evaluation mode (dropout off), as the
 * validation metrics are defined (docs/FORMATS.md in the project). Works through the data in chunks so a
 * large validation set does not make the layers' work matrices grow to its full size.
 */
final class Evaluation {

    /** Rows per forward pass; chunking changes nothing but the summation order. */
    static final int CHUNK_ROWS = 256;

    /** Mean per-example loss, and the fraction right (null for regression). */
    record Result(double loss, Double accuracy) {
    }

    private final Batches chunks;
    private final int rows;
    private final Loss loss;
    private final Task task;

    /** @param loss a loss instance of its own: its gradient work matrix is overwritten */
    Evaluation(TrainingData data, Loss loss, Task task) {
        this.chunks = new Batches(data, CHUNK_ROWS);
        this.rows = data.rows();
        this.loss = loss;
        this.task = task;
    }

    /** @param network read only (its work matrices change, its weights do not) */
    Result evaluate(Network network) {
        double weightedLossSum = 0.0;
        long correct = 0;
        for (int c = 0; c < chunks.count(); c++) {
            int size = chunks.load(c);
            DMatrixRMaj prediction = network.forward(chunks.x(), false);
            // Σ chunkMeanLoss · chunkSize, so the result is the mean over all rows
            weightedLossSum += loss.lossAndGradient(network.logits(), prediction, chunks.y()).loss() * size;
            correct += Accuracy.correct(task, prediction, chunks.y());
        }
        return new Result(weightedLossSum / rows, Accuracy.fraction(task, correct, rows));
    }
}
