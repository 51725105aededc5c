package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.ClassDetails;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.classroom.PasswordResetService;
import dev.chainrule.ui.share.LinkField;

/**
 * The teacher's part of a class page: the join code, large enough to read from the back of the room,
 * the join link to paste into a message, a new code when the old one got out, and the roster.
 */
class TeacherDesk extends VerticalLayout {
    private final ClassroomService classes;
    private final Visitor teacher;
    private final ClassDetails details;
    private final Span code = new Span();
    private final LinkField link = new LinkField();

    TeacherDesk(ClassroomService classes, PasswordResetService resets, Visitor teacher, ClassDetails details) {
        this.classes = classes;
        this.teacher = teacher;
        this.details = details;
        setPadding(false);
        addClassName("teacher-desk");
        code.addClassName("join-code");
        show(classes.joinCode(teacher, details.id()));
        Button renew = new Button("New code", VaadinIcon.REFRESH.create(), e -> confirmRenew());
        renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph how = new Paragraph("Students open the link, or go to /join and type the code. They choose a display"
                + " name and a password there; no e-mail needed. Someone with an account joins with it.");
        how.addClassName("hint");
        Div codeLine = new Div(new Span("Join code "), code, renew);
        codeLine.addClassName("join-code-line");
        add(new H3("Invite students"), codeLine, link, how, new Roster(classes, resets, teacher, details.id()));
    }

    private void show(String joinCode) {
        // grouped in fours for reading aloud; typed either way, as the join page ignores spaces and dashes
        code.setText(joinCode.substring(0, 4) + " " + joinCode.substring(4));
        link.setPath("join/" + joinCode);
    }

    private void confirmRenew() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Give \u201c" + details.name() + "\u201d a new join code?");
        confirm.setText("The current code and link stop working at once. Students already in the class stay.");
        confirm.setCancelable(true);
        confirm.setConfirmText("New code");
        confirm.addConfirmListener(c -> show(classes.renewJoinCode(teacher, details.id())));
        confirm.open();
    }
}
