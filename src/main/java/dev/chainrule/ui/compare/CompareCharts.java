package dev.chainrule.ui.compare;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.Curves;
import dev.chainrule.compare.Metric;
import dev.chainrule.compare.Smoothing;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Task;
import dev.chainrule.run.EpochRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The comparison's three charts: loss, accuracy and one layer's gradient norm, each for every run in
 * the run's colour (or for every group, its mean and band), against the chosen x axis. Live runs
 * grow their curves point by point; what changes the drawing as a whole redraws every chart.
 */
final class CompareCharts extends VerticalLayout {
    private final Select<Metric> lossMetric = metricSelect(Metric.VALIDATION_LOSS, Metric.TRAINING_LOSS);
    private final Select<Metric> accuracyMetric = metricSelect(Metric.VALIDATION_ACCURACY, Metric.TRAINING_ACCURACY);
    private final Select<Integer> layer = new Select<>();
    private final Map<String, Panel> panels = new HashMap<>();
    private final List<Panel> order = new ArrayList<>();
    private static final long BANDS_EVERY_MS = 1000;
    private final ComparisonState state;
    private long bandsDrawnAt;

    /** A chart and what it draws now: the metric, the layer, and for live appends each run's smoothing so far. */
    private record Panel(ChartCard card, Select<Metric> metric, boolean loss, Map<String, Smoothing.Ema> emas) {
    }

    CompareCharts(ComparisonState state) {
        this.state = state;
        setPadding(false);
        List<ComparedRun> runs = state.runs();
        boolean anyValidation = runs.stream().anyMatch(r -> r.spec().data().options().validationFraction() > 0);
        lossMetric.setValue(anyValidation ? Metric.VALIDATION_LOSS : Metric.TRAINING_LOSS);
        accuracyMetric.setValue(anyValidation ? Metric.VALIDATION_ACCURACY : Metric.TRAINING_ACCURACY);
        int layers = runs.stream().mapToInt(r -> (int) r.spec().layers().stream().filter(DenseSpec.class::isInstance).count())
                .max().orElse(1);
        layer.setLabel("Layer");
        layer.setItems(IntStream.range(0, layers).boxed().toList());
        layer.setItemLabelGenerator(i -> "layer " + (i + 1) + (i == layers - 1 ? " (output)" : ""));
        layer.setValue(0);
        add("loss", new Panel(new ChartCard("Loss", "compare-loss", "comparison-loss.png", lossMetric), lossMetric, true,
                new HashMap<>()));
        if (runs.stream().anyMatch(r -> r.spec().training().task() != Task.REGRESSION)) {
            add("accuracy", new Panel(new ChartCard("Accuracy", "compare-accuracy", "comparison-accuracy.png", accuracyMetric),
                    accuracyMetric, false, new HashMap<>()));
        }
        add("gradients", new Panel(new ChartCard("Gradient norm per layer", "compare-gradients", "comparison-gradients.png",
                layer), null, false, new HashMap<>()));
        lossMetric.addValueChangeListener(e -> draw(panels.get("loss")));
        accuracyMetric.addValueChangeListener(e -> draw(panels.get("accuracy")));
        layer.addValueChangeListener(e -> draw(panels.get("gradients")));
    }

    private void add(String name, Panel panel) {
        panels.put(name, panel);
        order.add(panel);
        add(panel.card());
    }

    /** Redraws every chart from the runs as they are now. */
    void redraw() {
        order.forEach(this::draw);
    }

    /** Shows or hides runs (or groups) by key in every chart. */
    void setHidden(Set<String> keys) {
        order.forEach(p -> p.card().chart().setHidden(keys));
    }

    /**
     * A live run's new epochs: its curves grow by the points the thinning keeps. In groups, the bands are drawn
     * again, at most once a second (every live run delivers ten times a second).
     */
    void append(ComparedRun run, List<EpochRecord> epochs) {
        if (state.choice().groupBy() != null) {
            long now = System.currentTimeMillis();
            if (now - bandsDrawnAt >= BANDS_EVERY_MS) {
                bandsDrawnAt = now;
                redraw();
            }
            return;
        }
        int points = state.pointsPerCurve();
        List<EpochRecord> kept = epochs.stream().filter(r -> Curves.keeps(run, r.epoch(), points)).toList();
        if (kept.isEmpty()) {
            return;
        }
        for (Panel panel : order) {
            Metric metric = metric(panel);
            double[] x = new double[kept.size()];
            double[] raw = new double[kept.size()];
            double[] smooth = new double[kept.size()];
            Smoothing.Ema ema = panel.emas().computeIfAbsent(run.key(), k -> new Smoothing.Ema(state.choice().smoothing()));
            for (int i = 0; i < kept.size(); i++) {
                x[i] = state.choice().x().of(kept.get(i), run.trainingRows());
                raw[i] = metric.of(kept.get(i), layer.getValue());
                smooth[i] = ema.next(raw[i]);
            }
            panel.card().chart().appendPoints(run.key(), x, raw, state.choice().smoothing() == 0 ? null : smooth);
        }
    }

    private void draw(Panel panel) {
        CompareControls.Choice choice = state.choice();
        Metric metric = metric(panel);
        CompareChart chart = panel.card().chart();
        String yName = metric == Metric.GRADIENT_NORM ? "‖∂L/∂W‖ of layer " + (layer.getValue() + 1) : metric.label();
        chart.configure(choice.x().label(), yName, panel.loss() && choice.logLoss());
        panel.emas().clear();
        if (choice.groupBy() != null) {
            chart.setRuns(List.of());
            chart.setBands(state.bands(metric, layer.getValue()));
        } else {
            chart.setRuns(state.legendEntries());
            List<CompareChart.RunCurve> curves = new ArrayList<>();
            int points = state.pointsPerCurve();
            for (ComparedRun run : state.runs()) {
                var curve = Curves.of(run, metric, layer.getValue(), choice.x(), points);
                Smoothing.Ema ema = new Smoothing.Ema(choice.smoothing());
                double[] smooth = new double[curve.size()];
                for (int i = 0; i < smooth.length; i++) {
                    smooth[i] = ema.next(curve.y()[i]);
                }
                panel.emas().put(run.key(), ema);
                curves.add(new CompareChart.RunCurve(run.key(), curve.x(), curve.y(), choice.smoothing() == 0 ? null : smooth));
            }
            chart.setCurves(curves);
        }
        chart.setHidden(state.hidden());
    }

    private Metric metric(Panel panel) {
        return panel.metric() == null ? Metric.GRADIENT_NORM : panel.metric().getValue();
    }

    private static Select<Metric> metricSelect(Metric... metrics) {
        Select<Metric> select = new Select<>();
        select.setItems(metrics);
        select.setItemLabelGenerator(m -> m.label().substring(0, 1).toUpperCase() + m.label().substring(1));
        select.setAriaLabel("What the chart shows");
        select.setWidth("14em");
        return select;
    }
}
