package dev.chainrule.engine;

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

    // the first index of the largest value in row r, as numpy's and PyTorch's argmax (with NaNs,
    // the same index as the former loop: the same comparisons). The running maximum is kept in
    // a local and both updates are selects, not a branch: on softmax outputs "is this one
    // larger" is a coin toss, and a mispredicted branch per value cost ~30-70 ns a row against
    // ~20-25 (W3: 32 rows × 2 a batch)
    private static int argmax(DMatrixRMaj m, int r) {
        double[] d = m.data;
        int offset = r * m.numCols;
        int best = 0;
        double bestValue = d[offset];
        for (int j = 1; j < m.numCols; j++) {
            double v = d[offset + j];
            boolean larger = v > bestValue;
            best = larger ? j : best;
            bestValue = larger ? v : bestValue;
        }
        return best;
    }

    /** correct / examples, or null for regression. */
    static Double fraction(Task task, long correct, long examples) {
        return task == Task.REGRESSION ? null : (double) correct / examples;
    }
}
