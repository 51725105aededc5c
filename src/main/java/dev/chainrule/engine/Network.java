package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.layer.Dropout;
import dev.chainrule.engine.layer.Layer;
import dev.chainrule.engine.layer.Parameter;
import dev.chainrule.engine.loss.LossAndGradient;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.DropoutSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.NetworkSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * A network built from a {@link NetworkSpec}, holding its live weights.
 *
 * <p>Not thread-safe: one thread trains it; others read it only through a
 * {@link TrainingListener} call or after {@link Trainer#fit} returned.
 */
public final class Network {

    private final NetworkSpec spec;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Dense> denseLayers = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private final int firstDenseIndex;
    // layers and parameters again as arrays, for the per-batch loops (no list access, no iterator)
    private final Layer[] layerArray;
    private final Parameter[] parameterArray;

    private Network(NetworkSpec spec) {
        this.spec = spec;
        int width = spec.inputs();
        int first = -1;
        for (LayerSpec layerSpec : spec.layers()) {
            if (layerSpec instanceof DenseSpec d) {
                // the first dense layer has no trainable layer below it: skip its dL/dx
                Dense dense = new Dense(denseLayers.size() + 1, width, d.units(), d.activation().function(),
                        first >= 0);
                first = first >= 0 ? first : layers.size();
                layers.add(dense);
                denseLayers.add(dense);
                parameters.addAll(dense.parameters());
                width = d.units();
            } else if (layerSpec instanceof DropoutSpec d) {
                layers.add(new Dropout(d.rate()));
            }
        }
        this.firstDenseIndex = first;
        this.parameterArray = parameters.toArray(new Parameter[0]);
        this.layerArray = layers.toArray(new Layer[0]);
    }

    /**
     * A network with the given weights, one entry per dense layer in order.
     *
     * @throws IllegalArgumentException when the count, a shape or a value does not fit
     */
    public static Network create(NetworkSpec spec, List<DenseWeights> explicitWeights) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(explicitWeights, "explicit weights must not be null");
        Network network = new Network(spec);
        Initialisers.explicit(network.denseLayers, explicitWeights);
        return network;
    }

    /** A network initialised by {@code init} (XAVIER or HE) from a {@link SplittableRandom} seeded with {@code seed}. */
    public static Network create(NetworkSpec spec, Init init, long seed) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(init, "init must not be null");
        Network network = new Network(spec);
        Initialisers.random(network.denseLayers, init, new SplittableRandom(seed));
        return network;
    }

    /** The outputs for one example, in evaluation mode (dropout off). */
    public double[] predict(double[] x) {
        Objects.requireNonNull(x, "x must not be null");
        if (x.length != spec.inputs()) {
            throw new IllegalArgumentException("input must have " + spec.inputs() + " values, had " + x.length);
        }
        DMatrixRMaj out = forward(new DMatrixRMaj(1, x.length, true, x), false);
        return Arrays.copyOf(out.data, out.getNumElements());
    }

    /**
     * Every dense layer's outputs (after its activation) for a batch of examples, in evaluation mode
     * (dropout off), from one forward pass: entry k holds the k-th dense layer's, row-major (examples ×
     * units). For pictures of what each neuron computes over many points at once; like {@link #predict},
     * it reuses the training's work matrices, so call it only between batches (a training listener).
     */
    public List<double[]> denseOutputs(double[][] examples) {
        Objects.requireNonNull(examples, "examples must not be null");
        DMatrixRMaj a = new DMatrixRMaj(examples.length, spec.inputs());
        for (int r = 0; r < examples.length; r++) {
            if (examples[r].length != spec.inputs()) {
                throw new IllegalArgumentException("example " + r + " must have " + spec.inputs() + " values, had "
                        + examples[r].length);
            }
            System.arraycopy(examples[r], 0, a.data, r * spec.inputs(), spec.inputs());
        }
        List<double[]> outputs = new ArrayList<>(denseLayers.size());
        for (Layer layer : layerArray) {
            a = layer.forward(a, false);
            if (layer instanceof Dense) {
                outputs.add(Arrays.copyOf(a.data, a.getNumElements()));
            }
        }
        return outputs;
    }

    /** Deep copies of the current weights, one per dense layer. */
    public List<DenseWeights> weights() {
        List<DenseWeights> result = new ArrayList<>();
        for (Dense dense : denseLayers) {
            DMatrixRMaj w = dense.weight().value();
            double[][] W = new double[w.numRows][w.numCols];
            for (int i = 0; i < w.numRows; i++) {
                System.arraycopy(w.data, i * w.numCols, W[i], 0, w.numCols);
            }
            result.add(new DenseWeights(W, Arrays.copyOf(dense.bias().value().data, dense.units())));
        }
        return result;
    }

    public NetworkSpec spec() {
        return spec;
    }

    // ---- engine internals (package-private): the trainer's view of the network ----

    // a = layer_n(… layer_1(x)); x rows × inputs, not modified; result owned by the last layer
    DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
        DMatrixRMaj a = x;
        for (Layer layer : layerArray) {
            a = layer.forward(a, training);
        }
        return a;
    }

    /** The output layer's pre-activations from the last forward pass. */
    DMatrixRMaj logits() {
        return denseLayers.get(denseLayers.size() - 1).preActivation();
    }

    /** Backpropagates a loss gradient; adds into every parameter gradient (zero them first). */
    void backward(LossAndGradient lossAndGradient) {
        backward(lossAndGradient.gradient(), lossAndGradient.withRespectTo());
    }

    /** The same from a loss's gradient matrix, without a result object (the training loop's form). */
    void backward(DMatrixRMaj lossGradient, LossAndGradient.GradientOf withRespectTo) {
        int i = layerArray.length - 1;
        DMatrixRMaj grad = lossGradient;
        if (withRespectTo == LossAndGradient.GradientOf.LOGITS) {
            // the loss went through the output activation itself (the last layer is dense)
            grad = ((Dense) layerArray[i]).backwardFromPreActivation(grad);
            i--;
        }
        // layers below the first dense one have nothing to learn
        for (; i >= firstDenseIndex; i--) {
            grad = layerArray[i].backward(grad);
        }
    }

    void zeroGradients() {
        for (Parameter p : parameterArray) {
            p.zeroGradient();
        }
    }

    List<Parameter> parameters() {
        return parameters;
    }

    /** Every layer in order, dropout included (a step-through reads their last pass). */
    List<Layer> layers() {
        return layers;
    }

    List<Dense> denseLayers() {
        return denseLayers;
    }

    /** Gives every dropout layer its mask source for a run. */
    void useTrainingRandom(SplittableRandom random) {
        for (Layer layer : layers) {
            if (layer instanceof Dropout dropout) {
                dropout.useRandom(random.split());
            }
        }
    }

    boolean weightsFinite() {
        for (Parameter p : parameterArray) {
            if (!p.isFinite()) {
                return false;
            }
        }
        return true;
    }
}
