package dev.chainrule.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.chainrule.classroom.PasswordResetService;
import dev.chainrule.classroom.ResetCode;
import dev.chainrule.ui.share.LinkField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows a fresh reset code once: it is stored only as a hash, so closing this dialog is the last time
 * anyone sees it. The teacher writes it down or reads it out; the student uses it at {@code /reset}.
 */
class ResetCodeDialog extends Dialog {
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm 'on' d MMM");

    ResetCodeDialog(ResetCode reset) {
        setHeaderTitle("A new password for " + reset.studentName());
        Span code = new Span(reset.code().substring(0, 5) + " " + reset.code().substring(5));
        code.addClassName("reset-code");
        LinkField link = new LinkField();
        link.setPath("reset");
        Paragraph how = new Paragraph("Give " + reset.studentName() + " this code. At the link below they type their"
                + " user name, the code and a new password. The code works once, for "
                + PasswordResetService.VALID_FOR.toHours() + " hours (until "
                + UNTIL.format(reset.expiresAt().atZone(ZoneId.systemDefault())) + "); a newer code replaces it.");
        Paragraph once = new Paragraph("This is the only time the code is shown.");
        once.addClassName("hint");
        add(code, how, link, once);
        Button done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        addClassName("reset-code-dialog");
    }
}
