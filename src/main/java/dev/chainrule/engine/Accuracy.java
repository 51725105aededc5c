package dev.chainrule.engine;

import dev.chainrule.engine.spec.Task;
import org.ejml.data.DMatrixRMaj;

/** Counts the examples of a batch that a network gets right, by the task's rule ({@link Task}). */
final class Accuracy {

    private Accuracy() {
    }

    /**
     * @param prediction rows × outputs, the output layer's activations, not modified
     * @param target     rows × outputs, not modified
     * @return how many rows are right; 0 for regression, where accuracy is not defined
     */
    static int correct(Task task, DMatrixRMaj prediction, DMatrixRMaj target) {
        int right = 0;
        for (int r = 0; r < prediction.numRows; r++) {
            right += switch (task) {
                case REGRESSION -> 0;
                // (p > 0.5) == (y > 0.5): a sigmoid output above one half means class 1
                case BINARY -> (prediction.get(r, 0) > 0.5) == (target.get(r, 0) > 0.5) ? 1 : 0;
                case MULTICLASS -> argmax(prediction, r) == argmax(target, r) ? 1 : 0;
            };
        }
        return right;
    }

    // the first index of the largest value in row r
    private static int argmax(DMatrixRMaj m, int r) {
        return Argmax.of(m.data, r * m.numCols, m.numCols);
    }

    /** correct / examples, or null for regression. */
    static Double fraction(Task task, long correct, long examples) {
        return task == Task.REGRESSION ? null : (double) correct / examples;
    }
}
