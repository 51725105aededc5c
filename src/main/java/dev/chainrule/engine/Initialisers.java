package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Fills dense layers' weights: from explicit values, or randomly by Xavier/He. */
final class Initialisers {

    private Initialisers() {
    }

    static void explicit(List<Dense> layers, List<DenseWeights> weights) {
        if (weights.size() != layers.size()) {
            throw new IllegalArgumentException("expected explicit weights for " + layers.size()
                    + " dense layers, got " + weights.size());
        }
        for (int k = 0; k < layers.size(); k++) {
            Dense dense = layers.get(k);
            DenseWeights given = weights.get(k);
            int n = k + 1;
            if (given == null) {
                throw new IllegalArgumentException("explicit weights for layer " + n + " must not be null");
            }
            if (given.inputs() != dense.inputs() || given.units() != dense.units()) {
                throw new IllegalArgumentException("explicit weights for layer " + n + " must be "
                        + dense.inputs() + "×" + dense.units() + ", were " + given.inputs() + "×" + given.units());
            }
            double[][] W = given.W();
            double[] b = given.b();
            DMatrixRMaj w = dense.weight().value();
            for (int i = 0; i < W.length; i++) {
                for (int j = 0; j < W[i].length; j++) {
                    requireFinite(W[i][j], "explicit weights for layer " + n + " W[" + i + "][" + j + "]");
                    w.set(i, j, W[i][j]);
                }
            }
            for (int j = 0; j < b.length; j++) {
                requireFinite(b[j], "explicit weights for layer " + n + " b[" + j + "]");
                dense.bias().value().set(0, j, b[j]);
            }
        }
    }

    /** Biases start at 0; weights uniform in (-a, a), drawn row by row, layer by layer. */
    static void random(List<Dense> layers, Init init, SplittableRandom random) {
        for (Dense dense : layers) {
            double limit = switch (init) {
                // Xavier/Glorot uniform: a = sqrt(6 / (fanIn + fanOut))
                case XAVIER -> Math.sqrt(6.0 / (dense.inputs() + dense.units()));
                // He/Kaiming uniform (ReLU gain): a = sqrt(6 / fanIn)
                case HE -> Math.sqrt(6.0 / dense.inputs());
                case EXPLICIT -> throw new IllegalArgumentException(
                        "init explicit needs weights: use Network.create(spec, weights)");
            };
            double[] w = dense.weight().value().data;
            for (int i = 0, n = dense.inputs() * dense.units(); i < n; i++) {
                // U(-a, a) = a·(2u − 1), u ~ U[0, 1)
                w[i] = limit * (2.0 * random.nextDouble() - 1.0);
            }
        }
    }

    private static void requireFinite(double value, String where) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(where + " must be finite, was " + value);
        }
    }
}
