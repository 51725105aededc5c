package dev.chainrule.ui.seed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import dev.chainrule.account.Visitor;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.training.TrainingService;
import java.util.List;
import java.util.Locale;

/** The weights a run ended with, printed like the seed's arrays (W is inputs × units). */
class WeightsPanel extends Div {
    private final TrainingService training;
    private final Visitor visitor;

    WeightsPanel(TrainingService training, Visitor visitor) {
        this.training = training;
        this.visitor = visitor;
        addClassName("weights-panel");
    }

    void clear() {
        removeAll();
    }

    void showFinal(Long runId) {
        removeAll();
        if (runId == null) {
            return;
        }
        training.finalWeights(visitor, runId).ifPresent(weights -> add(new H3("Final weights"), new Pre(format(weights))));
    }

    static String format(List<DenseWeights> layers) {
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < layers.size(); l++) {
            DenseWeights w = layers.get(l);
            text.append("W").append(l + 1).append(" = ").append(rows(w.W())).append('\n');
            text.append("b").append(l + 1).append(" = ").append(row(w.b())).append('\n');
        }
        return text.toString();
    }

    private static String rows(double[][] m) {
        StringBuilder s = new StringBuilder("[");
        for (int r = 0; r < m.length; r++) {
            s.append(r == 0 ? "" : ", ").append(row(m[r]));
        }
        return s.append(']').toString();
    }

    private static String row(double[] v) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", v[i]));
        }
        return s.append(']').toString();
    }
}
