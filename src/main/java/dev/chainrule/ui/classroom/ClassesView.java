package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.ClassDetails;
import dev.chainrule.classroom.ClassListing;
import dev.chainrule.classroom.ClassRole;
import dev.chainrule.classroom.ClassroomException;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.account.CurrentVisitor;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** {@code /classes}: the classes a person teaches and those they study in; create a class, or join one with a code. */
@Route(value = "classes", layout = MainLayout.class)
@PageTitle("Classes · Chainrule")
@PermitAll
public class ClassesView extends VerticalLayout {
    private final ClassroomService classes;
    private final Visitor visitor;
    private final TextField name = new TextField("Class name");
    private final TextField code = new TextField("Join code");

    public ClassesView(ClassroomService classes, CurrentVisitor current) {
        this.classes = classes;
        this.visitor = current.get();
        addClassName("classes-page");
        List<ClassListing> mine = classes.mine(visitor);
        add(new H2("Classes"));
        add(group("Teaching", mine, ClassRole.TEACHER, "You teach no class yet. Create one below: your students join"
                + " with its code or link, no e-mail needed."));
        add(group("Studying", mine, ClassRole.STUDENT, "You are in no class as a student. Your teacher gives you a"
                + " join code or link."));
        add(createForm(), joinForm());
    }

    private Div group(String heading, List<ClassListing> mine, ClassRole role, String none) {
        Div group = new Div(new H3(heading));
        group.addClassName("classes-" + role.name().toLowerCase());
        List<ClassListing> these = mine.stream().filter(c -> c.role() == role).toList();
        if (these.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.addClassName("hint");
            group.add(empty);
        }
        for (ClassListing listing : these) {
            Anchor open = new Anchor("classes/" + listing.id(), listing.name());
            open.addClassName("class-link");
            String students = listing.students() == 1 ? "1 student" : listing.students() + " students";
            Span facts = new Span(role == ClassRole.TEACHER ? students : "taught by " + listing.teacherName());
            facts.addClassName("class-facts");
            Div line = new Div(open, new Span(" \u00b7 "), facts);
            line.addClassName("class-line");
            group.add(line);
        }
        return group;
    }

    private HorizontalLayout createForm() {
        name.setMaxLength(200);
        name.setPlaceholder("10B Computing");
        name.setWidth("20em");
        Button create = new Button("Create class", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.addKeyPressListener(Key.ENTER, e -> create());
        return row(name, create);
    }

    private HorizontalLayout joinForm() {
        code.setPlaceholder("8 letters and digits");
        code.setMaxLength(20);
        code.setWidth("12em");
        Button join = new Button("Join class", e -> join());
        code.addKeyPressListener(Key.ENTER, e -> join());
        return row(code, join);
    }

    private static HorizontalLayout row(TextField field, Button button) {
        HorizontalLayout row = new HorizontalLayout(field, button);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void create() {
        try {
            ClassDetails made = classes.create(visitor, name.getValue());
            UI.getCurrent().navigate("classes/" + made.id());
        } catch (ClassroomException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void join() {
        try {
            // the join page shows which class the code leads to before the person joins
            UI.getCurrent().navigate("join/" + classes.invitation(code.getValue()).joinCode());
        } catch (ClassroomException e) {
            code.setErrorMessage(e.getMessage());
            code.setInvalid(true);
        }
    }
}
