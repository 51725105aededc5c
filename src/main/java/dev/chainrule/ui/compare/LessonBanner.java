package dev.chainrule.ui.compare;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.lesson.Lesson;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.ui.component.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Above a comparison opened from a lesson: which lesson, and the point to notice. For a lesson about
 * gradients, each run's gradient norm per layer side by side at its latest epoch, with the first layer's
 * share of the output layer's, so vanishing (or even) gradients are read from one row each.
 * Every text is set as text: a teacher's own lesson is theirs to write.
 */
final class LessonBanner extends Div {
    private final ComparisonState state;
    private final TextTable gradients;

    LessonBanner(Lesson lesson, ComparisonState state) {
        this.state = state;
        addClassName("lesson-banner");
        Span label = new Span("Lesson: ");
        Anchor back = new Anchor("lessons/" + lesson.id(), lesson.title());
        back.addClassName("lesson-banner-title");
        Paragraph heading = new Paragraph(label, back);
        Span noticeLabel = new Span("What to notice: ");
        noticeLabel.addClassName("lesson-notice-label");
        Paragraph notice = new Paragraph(noticeLabel, new Span(lesson.notice()));
        notice.addClassName("lesson-notice");
        add(heading, notice);
        if (lesson.perLayerGradients()) {
            gradients = new TextTable();
            gradients.addClassName("lesson-gradients");
            Paragraph caption = new Paragraph("Gradient norm per layer at each run's latest epoch (the L2 norm of the "
                    + "layer's weight gradient, averaged over the epoch's batches), and layer 1's as a share of the "
                    + "output layer's.");
            caption.addClassName("lesson-gradients-caption");
            add(caption, gradients);
            refresh();
        } else {
            gradients = null;
        }
    }

    /** Shows the runs' latest epochs (while they train, and once more when each ends). */
    void refresh() {
        if (gradients == null) {
            return;
        }
        int layers = state.runs().stream().mapToInt(r -> latest(r) == null ? 0 : latest(r).gradientNorms().length)
                .max().orElse(0);
        List<TextTable.Head> head = new ArrayList<>();
        head.add(new TextTable.Head("Run", TextTable.Sort.UNSORTABLE));
        head.add(new TextTable.Head("Epoch", TextTable.Sort.UNSORTABLE));
        for (int i = 0; i < layers; i++) {
            head.add(new TextTable.Head("Layer " + (i + 1) + (i == layers - 1 ? " (output)" : ""), TextTable.Sort.UNSORTABLE));
        }
        head.add(new TextTable.Head("Layer 1 \u00f7 output", TextTable.Sort.UNSORTABLE));
        List<TextTable.Row> rows = new ArrayList<>();
        for (ComparedRun run : state.runs()) {
            EpochRecord last = latest(run);
            List<TextTable.Cell> cells = new ArrayList<>();
            cells.add(TextTable.Cell.rowHeader(run.label(), state.color(run)));
            cells.add(TextTable.Cell.of(last == null ? "not yet" : String.valueOf(last.epoch())));
            double[] norms = last == null ? new double[0] : last.gradientNorms();
            for (int i = 0; i < layers; i++) {
                cells.add(TextTable.Cell.of(i < norms.length ? shown(norms[i]) : ""));
            }
            cells.add(TextTable.Cell.of(norms.length > 1 ? shown(norms[0] / norms[norms.length - 1]) : ""));
            rows.add(new TextTable.Row(run.key(), cells));
        }
        gradients.show(head, rows);
    }

    private static EpochRecord latest(ComparedRun run) {
        List<EpochRecord> history = run.history();
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    // four significant digits: the point is a ratio of thousands, read across a row
    private static String shown(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4g", value) : "\u2014";
    }
}
