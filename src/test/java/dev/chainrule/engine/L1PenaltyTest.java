package dev.chainrule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.engine.layer.Parameter;
import dev.chainrule.engine.optim.L1Penalty;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** L1 on hand-picked values (its PyTorch parity, with clipping and decay, is in PyTorchParityTest). */
class L1PenaltyTest {

    @Test
    void givenAZeroWeightWhenAddingTheL1GradientThenItFeelsNoPullAndTheOthersGainLambdaTimesTheirSign() {
        Parameter w = new Parameter("W", 1, 4, true);
        System.arraycopy(new double[] {0.0, -0.0, 2.5, -3.0}, 0, w.value().data, 0, 4);
        System.arraycopy(new double[] {0.1, 0.1, 0.1, 0.1}, 0, w.gradient().data, 0, 4);
        Parameter b = new Parameter("b", 1, 2, false);
        System.arraycopy(new double[] {5.0, -5.0}, 0, b.value().data, 0, 2);
        System.arraycopy(new double[] {0.1, 0.1}, 0, b.gradient().data, 0, 2);

        L1Penalty.addGradient(List.of(w, b), 0.25);

        // sign(0) = sign(−0) = 0, as torch.sign; biases are not penalised
        assertThat(w.gradient().data).containsExactly(0.1, 0.1, 0.1 + 0.25, 0.1 - 0.25);
        assertThat(b.gradient().data).containsExactly(0.1, 0.1);
        assertThat(w.value().data).containsExactly(0.0, -0.0, 2.5, -3.0);
    }

    @Test
    void givenAnL1PenaltyWhenTrainingThenTrainLossIsTheDataLossYetTheWeightsFeelThePenalty() {
        // one full batch per epoch: epoch 1's loss is taken before any update, so with and without L1
        // it is the same number exactly when the penalty λ·Σ|W| (here 0.5·4.4 = 2.2) is left out of it
        NetworkSpec spec = new NetworkSpec(2, List.of(new DenseSpec(2, Activation.TANH), new DenseSpec(1, Activation.LINEAR)));
        TrainingData data = new TrainingData(new double[][] {{0.5, -1}, {1, 2}, {-0.3, 0.8}},
                new double[][] {{0.2}, {-0.4}, {1.0}});
        List<Double> plain = new ArrayList<>();
        List<Double> penalised = new ArrayList<>();
        Network withoutL1 = network(spec);
        Network withL1 = network(spec);
        TrainingConfig config = new TrainingConfig(LossKind.MSE, SgdSpec.plain(0.05), 0, 2, false, 1);

        new Trainer().fit(withoutL1, data, config, (m, n) -> plain.add(m.trainLoss()), new RunControl());
        new Trainer().fit(withL1, data, config.withL1(0.5), (m, n) -> penalised.add(m.trainLoss()), new RunControl());

        assertThat(penalised.get(0)).isEqualTo(plain.get(0));
        // the second epoch starts from weights L1 pulled towards 0 by lr·λ = 0.025 each
        double[][] decayed = withL1.weights().get(0).W();
        double[][] free = withoutL1.weights().get(0).W();
        assertThat(Math.abs(decayed[0][0])).isLessThan(Math.abs(free[0][0]));
        assertThat(penalised.get(1)).isNotEqualTo(plain.get(1));
    }

    private static Network network(NetworkSpec spec) {
        return Network.create(spec, List.of(
                new DenseWeights(new double[][] {{0.6, -0.4}, {0.3, 0.9}}, new double[] {0.1, -0.1}),
                new DenseWeights(new double[][] {{1.2}, {-1.0}}, new double[] {0.05})));
    }
}
