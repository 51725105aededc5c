package dev.chainrule.ui.lesson;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.SettingRows;
import dev.chainrule.lesson.Lesson;
import dev.chainrule.lesson.LessonNotFoundException;
import dev.chainrule.lesson.LessonService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.account.CurrentVisitor;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /lessons/{id}}: one lesson, its text, the point to notice, its runs and Start ({@link LessonStart}).
 * The seed example's lesson links to the seed page's step-through of one update; a teacher's own lesson can be
 * deleted (its runs stay).
 */
@Route(value = "lessons/:id", layout = MainLayout.class)
@AnonymousAllowed
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** The seed page, opening its step-through of the first update at once. */
    static final String STEP_THROUGH = "?step";
    /** The settings a run's line names besides its layers: those a lesson varies. */
    private static final Set<String> NAMED = Set.of("Optimizer", "Learning rate", "Momentum", "Batches", "Epochs",
            "Gradient clipping", "Weight decay (L2)", "Early stopping");

    /** How a setting that is not used reads; such a setting is left out of a run's line. */
    private static final Set<String> UNSET = Set.of("none", "off", "0");
    private static final String BUILT_IN = "builtin:";

    private final LessonService lessons;
    private final Visitor visitor;
    private String title = "Lesson · Chainrule";

    public LessonView(LessonService lessons, CurrentVisitor current) {
        this.lessons = lessons;
        this.visitor = current.get();
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Lesson lesson;
        try {
            lesson = lessons.find(visitor, event.getRouteParameters().get("id").orElse(""));
        } catch (LessonNotFoundException e) {
            NotFoundView.show(event, e.getMessage());
            return;
        }
        title = lesson.title() + " · Lessons · Chainrule";
        add(new Anchor("lessons", "All lessons"), new H2(lesson.title()));
        for (String paragraph : lesson.text().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                add(new Paragraph(paragraph.strip()));
            }
        }
        Span noticeLabel = new Span("What to notice: ");
        noticeLabel.addClassName("lesson-notice-label");
        Paragraph notice = new Paragraph(noticeLabel, new Span(lesson.notice()));
        notice.addClassName("lesson-notice");
        add(notice);
        if (lesson.stepThrough()) {
            Anchor step = new Anchor(STEP_THROUGH, "Step through the first update on the seed page");
            step.addClassName("lesson-step-through");
            add(step);
        }
        add(new H3("The runs"), runs(lesson), new LessonStart(lessons, visitor, lesson));
        if (!lesson.isBuiltIn()) {
            add(deleteButton(lesson));
        }
    }

    private static OrderedList runs(Lesson lesson) {
        OrderedList list = new OrderedList();
        list.addClassName("lesson-runs");
        for (ExperimentSpec spec : lesson.runs()) {
            Span name = new Span(spec.title());
            name.addClassName("lesson-run-title");
            Span settings = new Span(summary(spec));
            settings.addClassName("lesson-run-settings");
            list.add(new ListItem(name, new Div(settings)));
        }
        return list;
    }

    /** "circles (built in) · Dense, 8 units, tanh → … · Optimizer: SGD · Batches: Mini-batches of 16 · Epochs: 100". */
    static String summary(ExperimentSpec spec) {
        String key = spec.data().dataset();
        String data = spec.data().inlineCsv() != null ? "rows carried in the experiment"
                : key.startsWith(BUILT_IN) ? key.substring(BUILT_IN.length()) + " (built in)" : key;
        String layers = spec.layers().stream().map(SettingRows::layer).collect(Collectors.joining(" \u2192 "));
        Stream<String> settings = SettingRows.besidesLayers(spec).stream()
                .filter(s -> NAMED.contains(s.name()) && !UNSET.contains(s.value()))
                .map(s -> s.name() + ": " + s.value());
        return Stream.concat(Stream.of(data, layers), settings).collect(Collectors.joining(" \u00b7 "));
    }

    private Button deleteButton(Lesson lesson) {
        Button delete = new Button("Delete lesson", VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader("Delete this lesson?");
            confirm.setText("The lesson \u201c" + lesson.title() + "\u201d goes; the runs it was made from stay in your list.");
            confirm.setCancelable(true);
            confirm.setConfirmText("Delete");
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                lessons.delete(visitor, lesson.id());
                UI.getCurrent().navigate(LessonsView.class);
            });
            confirm.open();
        });
        return delete;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
