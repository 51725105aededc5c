package dev.chainrule.engine.layer;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Inverted dropout (Srivastava et al. 2014, "Dropout: A Simple Way to Prevent Neural Networks
 * from Overfitting", JMLR): in training each value is kept with probability 1 - rate and
 * scaled by 1 / (1 - rate), so evaluation needs no rescaling and is the identity.
 */
public final class Dropout implements Layer {

    private final double rate;
    private SplittableRandom random = new SplittableRandom(0);
    private boolean lastWasTraining;

    // mask_i ∈ {0, 1/(1-rate)}, reshaped per batch size
    private final DMatrixRMaj mask = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj output = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);

    public Dropout(double rate) {
        this.rate = rate;
    }

    /** The source of masks; the trainer seeds it per run so runs are reproducible. */
    public void useRandom(SplittableRandom random) {
        this.random = random;
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj input, boolean training) {
        lastWasTraining = training && rate > 0.0;
        if (!lastWasTraining) {
            return input;
        }
        int n = input.getNumElements();
        mask.reshape(input.numRows, input.numCols);
        output.reshape(input.numRows, input.numCols);
        double scale = 1.0 / (1.0 - rate);
        // out = x ⊙ mask
        for (int i = 0; i < n; i++) {
            mask.data[i] = random.nextDouble() < rate ? 0.0 : scale;
            output.data[i] = input.data[i] * mask.data[i];
        }
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        if (!lastWasTraining) {
            return gradOutput;
        }
        // dL/dx = dL/dout ⊙ mask
        gradInput.reshape(gradOutput.numRows, gradOutput.numCols);
        for (int i = 0, n = gradOutput.getNumElements(); i < n; i++) {
            gradInput.data[i] = gradOutput.data[i] * mask.data[i];
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
