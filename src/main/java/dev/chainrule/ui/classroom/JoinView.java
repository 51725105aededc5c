package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.ClassroomException;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.classroom.Invitation;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.account.CurrentVisitor;
import dev.chainrule.ui.account.LoginView;
import dev.chainrule.ui.account.FormLogIn;

/**
 * {@code /join} and {@code /join/{code}}: the class a code leads to, then joining it. A visitor without an
 * account chooses a display name and a password ({@link NewStudentForm}); a logged-in person joins as
 * themselves, or logs in first and comes back here. A bad or renewed code says so and asks for it again.
 */
@Route(value = "join/:code?", layout = MainLayout.class)
@PageTitle("Join a class · Chainrule")
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver {
    private final ClassroomService classes;
    private final CurrentVisitor current;

    public JoinView(ClassroomService classes, CurrentVisitor current) {
        this.classes = classes;
        this.current = current;
        addClassName("join-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String typed = event.getRouteParameters().get("code").orElse(null);
        if (typed == null) {
            add(new H2("Join a class"), codeForm(null));
            return;
        }
        Invitation invitation;
        try {
            invitation = classes.invitation(typed);
        } catch (ClassroomException e) {
            add(new H2("Join a class"), codeForm(e.getMessage()));
            return;
        }
        Paragraph teacher = new Paragraph("Teacher: " + invitation.teacherName());
        teacher.addClassName("class-teacher");
        add(new H2("Join \u201c" + invitation.className() + "\u201d"), teacher);
        Visitor visitor = current.get();
        if (visitor.isSignedIn()) {
            add(joinAs(visitor, invitation));
        } else {
            add(new NewStudentForm(classes, invitation), logInFirst(invitation));
        }
    }

    private VerticalLayout codeForm(String problem) {
        TextField code = new TextField("Join code");
        code.setHelperText("8 letters and digits, from your teacher");
        code.setMaxLength(20);
        code.setWidth("16em");
        if (problem != null) {
            code.setErrorMessage(problem);
            code.setInvalid(true);
        }
        Button next = new Button("Next", e -> UI.getCurrent().navigate("join/" + code.getValue().strip()));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        VerticalLayout form = new VerticalLayout(code, next);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout joinAs(Visitor visitor, Invitation invitation) {
        Paragraph who = new Paragraph("You are logged in as " + visitor.name() + ".");
        Paragraph problem = new Paragraph();
        problem.addClassName("invalid");
        problem.setVisible(false);
        Button join = new Button("Join as " + visitor.name(), e -> {
            try {
                long id = classes.join(visitor, invitation.joinCode());
                UI.getCurrent().navigate("classes/" + id);
            } catch (ClassroomException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button other = new Button("Log out and join with a new account", e -> {
            FormLogIn.comeBackTo("join/" + invitation.joinCode());
            current.logOut();
        });
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout layout = new VerticalLayout(who, join, problem, other);
        layout.setPadding(false);
        return layout;
    }

    private Paragraph logInFirst(Invitation invitation) {
        Paragraph have = new Paragraph("Already have an account? ");
        Button logIn = new Button("Log in and join with it", e -> {
            FormLogIn.comeBackTo("join/" + invitation.joinCode());
            UI.getCurrent().navigate(LoginView.class);
        });
        logIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        have.add(logIn);
        have.addClassName("join-log-in");
        return have;
    }
}
