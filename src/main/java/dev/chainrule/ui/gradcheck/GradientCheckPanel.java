package dev.chainrule.ui.gradcheck;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.engine.GradientCheck;
import dev.chainrule.engine.GradientCheckReport;
import dev.chainrule.engine.WeightCheck;
import dev.chainrule.ui.component.NumberText;
import dev.chainrule.ui.component.TextTable;
import dev.chainrule.ui.component.TextTable.Cell;
import dev.chainrule.ui.component.TextTable.Head;
import dev.chainrule.ui.component.TextTable.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A gradient check's outcome: whether it passed, on what, every weight's two gradients and their relative
 * error with its result, and how to read them (the method, the tolerance, kinks). All text is ours or the
 * engine's numbers: nothing a person typed is shown.
 */
public class GradientCheckPanel extends VerticalLayout {
    static final String PASS = "Pass";
    static final String FAIL = "Fail";
    static final String KINK = "At a kink";


    /** @param subject what was checked, in our words: "the 2-2-1 network (sigmoid, sigmoid) at its initial weights, …" */
    public GradientCheckPanel(GradientCheckReport report, String subject) {
        addClassName("gradient-check");
        setPadding(false);
        Paragraph summary = new Paragraph(summary(report));
        summary.addClassNames("gradient-check-summary", report.passed() ? "check-pass" : "check-fail");
        Paragraph what = new Paragraph("Checked: " + subject + examplesNote(report) + ". Loss at these weights: "
                + number(report.loss()) + ".");
        TextTable table = new TextTable();
        table.addClassNames("gradient-check-table", "striped");
        table.show(List.of(new Head("Weight", Sort.UNSORTABLE), new Head("Backpropagation ∂L/∂w", Sort.UNSORTABLE),
                new Head("Central difference", Sort.UNSORTABLE, null, "(L(w+h) − L(w−h)) / 2h"),
                new Head("Relative error", Sort.UNSORTABLE), new Head("Result", Sort.UNSORTABLE)), rows(report));
        add(summary, what, table, hint(String.format(Locale.ROOT, "How to read it: for each weight w the loss is "
                + "computed again with w + h and with w − h (h = %s); the difference divided by 2h is the slope the loss "
                + "really has there, which backpropagation's ∂L/∂w must equal. Relative error = |backprop − difference| "
                + "/ max(|backprop|, |difference|). A weight passes at %s or less, or when the two differ by at most "
                + "%s × max(1, L): for gradients that small, rounding in L(w ± h) is larger than their difference.",
                NumberText.format(GradientCheck.STEP), NumberText.format(GradientCheck.RELATIVE_TOLERANCE), NumberText.format(GradientCheck.ABSOLUTE_TOLERANCE))),
                hint("Kinks: ReLU and leaky ReLU bend at 0, and L1's |w| bends at w = 0. When w ± h moves a value across "
                        + "such a bend, the difference averages the slopes on both sides and matches neither, so a "
                        + "disagreement there says nothing about backpropagation: the weight is listed as “" + KINK
                        + "” and not counted as a failure."),
                hint("Dropout drops the units the run's first batch drops, in every pass; L1 is part of the loss. Weight "
                        + "decay and gradient clipping act after backpropagation and are not part of the check."));
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    static String summary(GradientCheckReport report) {
        int all = report.weights().size();
        int fails = report.count(WeightCheck.Verdict.FAIL);
        int kinks = report.count(WeightCheck.Verdict.KINK);
        String largest = " (largest relative error " + relative(report.largestRelativeError()) + ", tolerance "
                + NumberText.format(GradientCheck.RELATIVE_TOLERANCE) + ")";
        if (fails > 0) {
            return "Failed: " + fails + " of " + all + " weights and biases disagree with the central difference" + largest
                    + ". Backpropagation does not compute the slope of this loss for them.";
        }
        int agree = all - kinks;
        return "Passed: " + (kinks == 0 ? "all " + all : agree + " of " + all) + " weights and biases agree with the "
                + "central difference" + largest + (kinks == 0 ? "." : "; " + kinks + " sit at a kink (see below), not counted.");
    }

    private static String examplesNote(GradientCheckReport report) {
        return report.examples() == report.batchExamples() ? ""
                : " (only its first " + report.examples() + ": every weight on all " + report.batchExamples()
                        + " would take too long for a network this large)";
    }

    private static List<TextTable.Row> rows(GradientCheckReport report) {
        List<TextTable.Row> rows = new ArrayList<>();
        for (WeightCheck w : report.weights()) {
            Cell result = switch (w.verdict()) {
                case PASS -> Cell.marked(PASS, "check-pass", null);
                case FAIL -> Cell.marked(FAIL, "check-fail", "Backpropagation and the central difference disagree");
                case KINK -> Cell.marked(KINK, "check-kink", "w ± h crosses a kink: the difference averages two slopes");
            };
            rows.add(new TextTable.Row(w.label(), List.of(Cell.rowHeader(w.label(), null), Cell.of(number(w.analytic())),
                    Cell.of(number(w.numeric())), Cell.of(relative(w.relativeError())), result)));
        }
        return rows;
    }

    // every digit: a learner compares them with the seed's printed gradients
    private static String number(double value) {
        return Double.isFinite(value) ? NumberText.format(value) : Double.isNaN(value) ? "not a number" : value > 0 ? "∞" : "−∞";
    }

    private static String relative(double value) {
        return value == 0.0 ? "0" : Double.isNaN(value) ? "not a number" : String.format(Locale.ROOT, "%.2e", value);
    }
}
