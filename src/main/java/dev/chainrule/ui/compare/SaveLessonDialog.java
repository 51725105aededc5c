package dev.chainrule.ui.compare;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.chainrule.account.Visitor;
import dev.chainrule.lesson.Lesson;
import dev.chainrule.lesson.LessonService;
import java.util.List;

/**
 * "Save as lesson": the runs of this comparison, each with its experiment as it trained, become a lesson of
 * the teacher's own with a title, a short text and the point to notice. Starting it later trains the same
 * experiments again; the lesson is listed beside the built-in ones, for its author only.
 */
final class SaveLessonDialog extends Dialog {
    private final TextField title = new TextField("Title");
    private final TextArea text = new TextArea("What the lesson is about");
    private final TextArea notice = new TextArea("What to notice on the comparison");
    private final Checkbox perLayer = new Checkbox("Show each layer's gradient norm side by side");
    private final Paragraph problem = new Paragraph();

    SaveLessonDialog(LessonService lessons, Visitor visitor, List<Long> runIds) {
        setHeaderTitle("Save these " + runIds.size() + " runs as a lesson");
        title.setMaxLength(Lesson.MAX_TITLE_LENGTH);
        title.setRequired(true);
        text.setMaxLength(Lesson.MAX_TEXT_LENGTH);
        text.setHelperText("A few sentences: what the runs differ in, and why. A blank line starts a new paragraph.");
        notice.setMaxLength(Lesson.MAX_NOTICE_LENGTH);
        notice.setRequired(true);
        notice.setHelperText("Shown above the comparison whenever the lesson is started.");
        for (var field : List.of(title, text, notice)) {
            field.setWidthFull();
        }
        problem.addClassName("invalid");
        problem.setVisible(false);
        VerticalLayout form = new VerticalLayout(title, text, notice, perLayer, problem);
        form.setPadding(false);
        form.setWidth("34em");
        form.setMaxWidth("100%");
        add(form);
        Button save = new Button("Save lesson", e -> save(lessons, visitor, runIds));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save(LessonService lessons, Visitor visitor, List<Long> runIds) {
        Lesson saved;
        try {
            saved = lessons.save(visitor, title.getValue(), text.getValue(), notice.getValue(), perLayer.getValue(), runIds);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            return;
        }
        close();
        Notification.show("Saved as a lesson: \u201c" + saved.title() + "\u201d. Start it from Lessons.", 5000,
                Notification.Position.BOTTOM_START);
        UI.getCurrent().navigate("lessons/" + saved.id());
    }
}
