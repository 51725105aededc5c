package dev.chainrule.engine;

import dev.chainrule.engine.layer.Dense;
import dev.chainrule.engine.layer.Dropout;
import dev.chainrule.engine.layer.Layer;
import dev.chainrule.engine.layer.Parameter;
import dev.chainrule.engine.loss.Loss;
import dev.chainrule.engine.loss.LossAndGradient;
import dev.chainrule.engine.optim.Adam;
import dev.chainrule.engine.optim.Optimizer;
import dev.chainrule.engine.optim.Sgd;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.engine.trace.LayerTrace;
import dev.chainrule.engine.trace.LossTrace;
import dev.chainrule.engine.trace.OptimizerTrace;
import dev.chainrule.engine.trace.ParameterTrace;
import dev.chainrule.engine.trace.UpdateTrace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Watches one batch of a {@link TrainingRun} and copies what each stage left behind: the layers' work
 * matrices, the loss's gradient, the parameters' gradients and values, the optimizer's state. It
 * computes nothing of the training itself; the two things it asks of engine code are each example's
 * loss alone (the same loss on one row) and da/dz (the activation's own backward with dL/da = 1).
 */
final class UpdateRecorder implements BatchProbe {

    private final Network network;
    private final TrainingRun run;
    private final TrainingConfig config;
    private final int update;
    private final RunControl control;
    private int seen;
    private int epochsStarted;
    private boolean watching;
    private UpdateTrace trace;

    // gathered stage by stage
    private int batch;
    private int[] rows;
    private double[][] x;
    private double[][] y;
    private final List<double[][]> weights = new ArrayList<>();
    private final List<double[]> biases = new ArrayList<>();
    private final List<double[][]> inputs = new ArrayList<>();
    private final List<double[][]> masks = new ArrayList<>();
    private final List<double[][]> z = new ArrayList<>();
    private final List<double[][]> a = new ArrayList<>();
    private LossTrace loss;
    private List<LayerTrace> layers;
    private double[][] backward;
    private double[][] afterL1;
    private double[][] afterClipping;
    private double[][] afterDecay;
    private double[][][] stateBefore;
    private boolean firstStep;

    UpdateRecorder(Network network, TrainingRun run, TrainingConfig config, int update, RunControl control) {
        this.network = network;
        this.run = run;
        this.config = config;
        this.update = update;
        this.control = control;
    }

    /** Called before each epoch, so the trace can say which epoch its update belongs to. */
    void epochStarts() {
        epochsStarted++;
    }

    boolean done() {
        return trace != null;
    }

    UpdateTrace trace() {
        return trace;
    }

    @Override
    public void after(Stage stage, int b) {
        if (stage == Stage.FORWARD) {
            seen++;
            watching = seen == update;
        }
        if (!watching) {
            return;
        }
        switch (stage) {
            case FORWARD -> forward(b);
            case BACKWARD -> backward();
            case L1 -> afterL1 = config.l1() > 0.0 ? gradients() : null;
            case CLIPPING -> afterClipping = config.clipping().mode() != dev.chainrule.engine.spec.ClippingSpec.Mode.NONE
                    ? gradients() : null;
            case WEIGHT_DECAY -> afterDecay = config.weightDecay() > 0.0 ? gradients() : null;
            case STEP -> step();
        }
    }

    private void forward(int b) {
        batch = b;
        Batches batches = run.batches();
        x = rows(batches.x());
        y = rows(batches.y());
        rows = new int[x.length];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = batches.row(b, r);
        }
        List<Layer> all = network.layers();
        for (Dense dense : network.denseLayers()) {
            weights.add(rows(dense.weight().value()));
            biases.add(dense.bias().value().data.clone());
            inputs.add(rows(dense.input()));
            masks.add(maskBelow(all, all.indexOf(dense)));
            z.add(rows(dense.preActivation()));
            a.add(rows(dense.output()));
        }
        Dense last = network.denseLayers().get(network.denseLayers().size() - 1);
        double[] perExample = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            // the same loss on this example alone
            perExample[r] = TrainingParts.loss(config.loss()).computeLossAndGradient(row(network.logits(), r),
                    row(last.output(), r), row(batches.y(), r));
        }
        double value = TrainingParts.loss(config.loss()).computeLossAndGradient(network.logits(), last.output(), batches.y());
        loss = new LossTrace(config.loss(), value, perExample, null, false);
    }

    private void backward() {
        Loss lossFunction = run.loss();
        boolean fused = lossFunction.gradientOf() == LossAndGradient.GradientOf.LOGITS;
        double[][] lossGradient = rows(lossFunction.gradient());
        loss = new LossTrace(loss.kind(), loss.value(), loss.perExample(), lossGradient, fused);
        List<Dense> dense = network.denseLayers();
        List<Layer> all = network.layers();
        List<Activation> activations = network.spec().denseLayers().stream().map(d -> d.activation()).toList();
        layers = new ArrayList<>();
        for (int k = 0; k < dense.size(); k++) {
            Dense d = dense.get(k);
            boolean output = k == dense.size() - 1;
            boolean throughActivation = output && fused;
            double[][] outputGradient = throughActivation ? null : output ? lossGradient : rows(gradientHandedDown(all, all.indexOf(d)));
            double[][] slope = throughActivation || activations.get(k) == Activation.SOFTMAX ? null
                    : slope(activations.get(k), d);
            double[][] preActivationGradient = throughActivation ? lossGradient : rows(d.preActivationGradient());
            layers.add(new LayerTrace(activations.get(k), weights.get(k), biases.get(k), inputs.get(k), masks.get(k),
                    z.get(k), a.get(k), outputGradient, slope, preActivationGradient,
                    k == 0 ? null : rows(d.inputGradient())));
        }
        backward = gradients();
        Optimizer optimizer = run.optimizer();
        firstStep = !(optimizer instanceof Sgd sgd) || sgd.isFirstStep();
        stateBefore = optimizerState();
    }

    private void step() {
        Optimizer optimizer = run.optimizer();
        double[][][] stateAfter = optimizerState();
        List<Parameter> parameters = network.parameters();
        List<ParameterTrace> traced = new ArrayList<>();
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            traced.add(new ParameterTrace(p.name(), k / 2, p.isWeight(), p.value().numRows, p.value().numCols,
                    k % 2 == 0 ? flat(weights.get(k / 2)) : biases.get(k / 2), backward[k], at(afterL1, k),
                    at(afterClipping, k), at(afterDecay, k), change(stateBefore, stateAfter, 0, k),
                    change(stateBefore, stateAfter, 1, k), change(stateBefore, stateAfter, 2, k),
                    p.value().data.clone()));
        }
        OptimizerTrace optimizerTrace = optimizer instanceof Adam adam
                ? new OptimizerTrace(config.optimizer(), adam.steps(), firstStep, adam.biasCorrection1(), adam.biasCorrection2())
                : new OptimizerTrace(config.optimizer(), update, firstStep, 1.0, 1.0);
        trace = new UpdateTrace(update, epochsStarted, batch, rows, x, y, layers, loss, optimizerTrace, traced, config);
        watching = false;
        control.requestStop(); // nothing after this update is wanted
    }

    // the product of the masks of the dropout layers right below layer i (usually one, or none)
    private static double[][] maskBelow(List<Layer> all, int i) {
        double[][] product = null;
        for (int j = i - 1; j >= 0 && all.get(j) instanceof Dropout dropout; j--) {
            DMatrixRMaj mask = dropout.lastMask();
            if (mask != null) {
                double[][] m = rows(mask);
                if (product != null) {
                    for (int r = 0; r < m.length; r++) {
                        for (int c = 0; c < m[r].length; c++) {
                            m[r][c] *= product[r][c];
                        }
                    }
                }
                product = m;
            }
        }
        return product;
    }

    // dL/da of the dense layer at i: what the first layer above that changed the gradient handed down
    private static DMatrixRMaj gradientHandedDown(List<Layer> all, int i) {
        for (int j = i + 1; j < all.size(); j++) {
            if (all.get(j) instanceof Dropout dropout) {
                if (dropout.inputGradient() != null) {
                    return dropout.inputGradient();
                }
            } else {
                return ((Dense) all.get(j)).inputGradient();
            }
        }
        throw new IllegalStateException("a hidden dense layer has no dense layer above it");
    }

    // da/dz: the activation's own backward applied to dL/da = 1
    private static double[][] slope(Activation activation, Dense d) {
        DMatrixRMaj zs = d.preActivation();
        DMatrixRMaj ones = new DMatrixRMaj(zs.numRows, zs.numCols);
        ones.fill(1.0);
        DMatrixRMaj out = new DMatrixRMaj(zs.numRows, zs.numCols);
        activation.function().backward(zs, d.output(), ones, out);
        return rows(out);
    }

    private double[][] gradients() {
        List<Parameter> parameters = network.parameters();
        double[][] g = new double[parameters.size()][];
        for (int k = 0; k < g.length; k++) {
            g[k] = parameters.get(k).gradient().data.clone();
        }
        return g;
    }

    // [velocity, m, v][parameter], entries null when the optimizer keeps no such state
    private double[][][] optimizerState() {
        Optimizer optimizer = run.optimizer();
        int n = network.parameters().size();
        double[][][] state = new double[3][n][];
        boolean momentum = config.optimizer() instanceof SgdSpec sgd && sgd.momentum() != 0.0;
        for (int k = 0; k < n; k++) {
            if (optimizer instanceof Sgd sgd && momentum) {
                state[0][k] = sgd.velocity(k);
            } else if (optimizer instanceof Adam adam) {
                state[1][k] = adam.firstMoment(k);
                state[2][k] = adam.secondMoment(k);
            }
        }
        return state;
    }

    private static ParameterTrace.Change change(double[][][] before, double[][][] after, int which, int k) {
        return before[which][k] == null ? null : new ParameterTrace.Change(before[which][k], after[which][k]);
    }

    private static double[] at(double[][] gradients, int k) {
        return gradients == null ? null : gradients[k];
    }

    private static double[][] rows(DMatrixRMaj m) {
        double[][] copy = new double[m.numRows][];
        for (int r = 0; r < m.numRows; r++) {
            copy[r] = Arrays.copyOfRange(m.data, r * m.numCols, (r + 1) * m.numCols);
        }
        return copy;
    }

    private static DMatrixRMaj row(DMatrixRMaj m, int r) {
        return new DMatrixRMaj(1, m.numCols, true, Arrays.copyOfRange(m.data, r * m.numCols, (r + 1) * m.numCols));
    }

    private static double[] flat(double[][] m) {
        return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
    }
}
