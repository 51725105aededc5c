package dev.chainrule.ui.lesson;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.account.Visitor;
import dev.chainrule.lesson.Lesson;
import dev.chainrule.lesson.LessonLaunch;
import dev.chainrule.lesson.LessonService;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.compare.CompareLinks;

/**
 * Start: trains the lesson's runs for the person and, once every one has started, opens their comparison with
 * the point to notice. Runs beyond the person's limit of runs at once wait for earlier ones to end; meanwhile
 * this says how far it got, and Cancel starts no more. An anonymous visitor's Start asks them to log in and
 * brings them back here (the session's error handling, as for every run kept).
 */
final class LessonStart extends VerticalLayout {
    private final Button start = new Button("Start the lesson", VaadinIcon.PLAY.create());
    private final Button cancel = new Button("Cancel");
    private final Paragraph status = new Paragraph();
    private final Lesson lesson;
    private LessonLaunch launch;

    LessonStart(LessonService lessons, Visitor visitor, Lesson lesson) {
        this.lesson = lesson;
        setPadding(false);
        addClassName("lesson-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        start.addClickListener(e -> {
            try {
                launch = lessons.start(visitor, lesson.id());
            } finally {
                start.setEnabled(launch == null); // refused before anything started (log in first, say)
            }
            UI ui = UI.getCurrent();
            show(launch.follow(progress -> ui.access(() -> show(progress))));
        });
        cancel.setVisible(false);
        cancel.addClickListener(e -> launch.cancel());
        status.addClassName("lesson-start-status");
        status.setVisible(false);
        add(new HorizontalLayout(start, cancel), status);
        if (!visitor.isSignedIn()) {
            Paragraph hint = new Paragraph("Starting a lesson trains its " + lesson.runs().size()
                    + " runs for you and keeps them in your list of runs: you will be asked to log in first.");
            hint.addClassName("lesson-start-hint");
            add(hint);
        }
    }

    private void show(LessonLaunch.Progress progress) {
        if (progress.complete()) {
            launch = null;
            getUI().ifPresent(ui -> CompareLinks.openLesson(ui, progress.started(), lesson.id()));
            return;
        }
        status.setVisible(true);
        status.removeClassName("invalid");
        cancel.setVisible(!progress.ended());
        start.setEnabled(progress.ended());
        if (progress.problem() != null) {
            status.setText(progress.problem());
            status.addClassName("invalid");
        } else {
            status.setText("Started " + progress.started().size() + " of " + progress.total() + " runs. The next "
                    + "starts as soon as one of your runs finishes: you train at most " + TrainingService.MAX_RUNS_PER_OWNER
                    + " runs at once. The comparison opens when all have started.");
        }
    }

    /** Leaving the page starts no more of its runs: those started keep training, and are in the list of runs. */
    @Override
    protected void onDetach(DetachEvent event) {
        if (launch != null) {
            launch.cancel();
        }
    }
}
