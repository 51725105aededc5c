package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.classroom.ClassDetails;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.classroom.NoSuchClassException;
import dev.chainrule.classroom.PasswordResetService;
import dev.chainrule.run.RunService;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.account.CurrentVisitor;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /classes/{id}}: the class's assignments for everyone in it ({@link AssignmentList}); for the teacher, the
 * class's desk (join code, link, roster: {@link TeacherDesk}); for a student, the class's name, its teacher and the
 * classmates' display names, nothing more. Someone not
 * in the class sees "not found", as for a class that does not exist.
 */
@Route(value = "classes/:id", layout = MainLayout.class)
@PermitAll
public class ClassView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ClassroomService classes;
    private final PasswordResetService resets;
    private final AssignmentService assignments;
    private final RunService runs;
    private final TrainingService training;
    private final Visitor visitor;
    private String title = "Class · Chainrule";

    public ClassView(ClassroomService classes, PasswordResetService resets, AssignmentService assignments, RunService runs,
            TrainingService training, CurrentVisitor current) {
        this.classes = classes;
        this.resets = resets;
        this.assignments = assignments;
        this.runs = runs;
        this.training = training;
        this.visitor = current.get();
        addClassName("class-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ClassDetails details;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            details = classes.open(visitor, id);
        } catch (NumberFormatException | NoSuchClassException e) {
            NotFoundView.show(event, new NoSuchClassException().getMessage());
            return;
        }
        title = details.name() + " · Classes · Chainrule";
        Paragraph teacher = new Paragraph("Teacher: " + details.teacherName());
        teacher.addClassName("class-teacher");
        H2 heading = new H2(details.name());
        add(new Anchor("classes", "All classes"), heading, teacher,
                new AssignmentList(assignments, runs, training, visitor, details.id(), details.isTeacher()));
        if (details.isTeacher()) {
            add(new TeacherDesk(classes, resets, visitor, details), new ClassSettings(classes, visitor, details, name -> {
                heading.setText(name);
                title = name + " · Classes · Chainrule";
                UI.getCurrent().getPage().setTitle(title);
            }));
        } else {
            add(new H3("Classmates"), classmates(details), leaveButton(details));
        }
    }

    private static UnorderedList classmates(ClassDetails details) {
        UnorderedList list = new UnorderedList();
        list.addClassName("classmates");
        details.classmates().forEach(name -> list.add(new ListItem(name)));
        return list;
    }

    private Button leaveButton(ClassDetails details) {
        Button leave = new Button("Leave class");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        leave.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader("Leave \u201c" + details.name() + "\u201d?");
            confirm.setText("Your account and your runs stay with you, off this class's boards. To come back you need the"
                    + " join code again.");
            confirm.setCancelable(true);
            confirm.setConfirmText("Leave");
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                classes.leave(visitor, details.id());
                UI.getCurrent().navigate(ClassesView.class);
            });
            confirm.open();
        });
        return leave;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
