package dev.chainrule.ui.lesson;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.account.Visitor;
import dev.chainrule.lesson.Lesson;
import dev.chainrule.lesson.LessonService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.account.CurrentVisitor;

/** {@code /lessons}: the built-in lessons in teaching order, then the visitor's own, each a card that opens it. */
@Route(value = "lessons", layout = MainLayout.class)
@AnonymousAllowed
@PageTitle("Lessons · Chainrule")
public class LessonsView extends VerticalLayout {

    public LessonsView(LessonService lessons, CurrentVisitor current) {
        Visitor visitor = current.get();
        addClassName("lessons");
        add(new H2("Lessons"), new Paragraph("Each lesson is a few runs that differ in one thing. Start one: its "
                + "runs train side by side and open in a comparison, with the point to notice marked."));
        Div cards = new Div();
        cards.addClassName("lesson-cards");
        for (Lesson lesson : lessons.list(visitor)) {
            cards.add(card(lesson));
        }
        add(cards);
        if (!visitor.isSignedIn()) {
            add(new Paragraph("Log in to start a lesson: its runs are kept in your list of runs. Teachers write "
                    + "their own lessons by saving a comparison of their runs (\u201cSave as lesson\u201d)."));
        }
    }

    private static Div card(Lesson lesson) {
        Anchor title = new Anchor("lessons/" + lesson.id(), lesson.title());
        title.addClassName("lesson-card-title");
        String firstParagraph = lesson.text().split("\\n\\s*\\n", 2)[0];
        Span facts = new Span(lesson.runs().size() + " runs \u00b7 " + (lesson.isBuiltIn() ? "built in" : "yours"));
        facts.addClassName("lesson-card-facts");
        Div card = new Div(title, new Paragraph(firstParagraph), facts);
        card.addClassName("lesson-card");
        return card;
    }
}
