package dev.chainrule.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.lesson.Lesson;
import dev.chainrule.lesson.LessonService;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.account.LoginView;
import dev.chainrule.ui.compare.CompareView;
import dev.chainrule.ui.component.TextTable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The Lessons pages (acceptance 3): every built-in lesson starts its runs for the person and opens their comparison
 * with the point to notice; anonymous visitors read lessons and are asked to log in to start one; a teacher saves a
 * comparison of their own runs as a lesson nobody else sees. Training is synchronous here: Start trains every run
 * before the next line.
 */
@Import(AbstractAppTest.SynchronousTraining.class)
class LessonPagesTest extends AbstractAppTest {
    @Autowired
    LessonService lessons;
    @Autowired
    RunService runs;

    @Test
    void everyBuiltInLessonStartsItsRunsAndOpensTheirComparisonWithThePointToNotice() {
        for (Lesson lesson : lessons.list(me())) {
            UI.getCurrent().navigate("lessons/" + lesson.id());
            assertThat(_get(LessonView.class).getPageTitle()).startsWith(lesson.title());

            _click(_get(Button.class, s -> s.withText("Start the lesson")));

            assertThat(_find(CompareView.class)).as(lesson.id()).hasSize(1);
            assertThat(location()).startsWith("compare?");
            assertThat(parameter("lesson")).isEqualTo(lesson.id());
            List<Long> ids = Arrays.stream(parameter("runs").split(",")).map(Long::valueOf).toList();
            assertThat(ids).hasSize(lesson.runs().size());
            for (int i = 0; i < ids.size(); i++) {
                Run run = runs.owned(me(), ids.get(i));
                assertThat(run.getTitle()).isEqualTo(lesson.runs().get(i).title());
                assertThat(run.getStatus()).isIn(RunStatus.COMPLETED, RunStatus.STOPPED_EARLY, RunStatus.DIVERGED);
            }
            Div banner = _get(Div.class, s -> s.withClasses("lesson-banner"));
            assertThat(_get(banner, Anchor.class).getText()).isEqualTo(lesson.title());
            assertThat(_get(banner, Anchor.class).getHref()).isEqualTo("lessons/" + lesson.id());
            assertThat(_get(banner, Paragraph.class, s -> s.withClasses("lesson-notice")).getElement().getTextRecursively())
                    .isEqualTo("What to notice: " + lesson.notice());
            assertThat(_find(banner, TextTable.class)).hasSize(lesson.perLayerGradients() ? 1 : 0);
        }
    }

    @Test
    void theVanishingGradientsLessonShowsEachLayersGradientNormSideBySide() {
        UI.getCurrent().navigate("lessons/vanishing-gradients");
        _click(_get(Button.class, s -> s.withText("Start the lesson")));

        TextTable table = _get(TextTable.class, s -> s.withClasses("lesson-gradients"));
        assertThat(table.getHead()).extracting(TextTable.Head::text).containsExactly("Run", "Epoch", "Layer 1", "Layer 2",
                "Layer 3", "Layer 4", "Layer 5", "Layer 6", "Layer 7 (output)", "Layer 1 \u00f7 output");
        List<TextTable.Row> rows = table.getRows();
        assertThat(rows).extracting(r -> r.cells().get(0).text()).containsExactly("Six sigmoid layers", "Six ReLU layers");
        assertThat(rows).allSatisfy(r -> assertThat(r.cells().get(1).text()).isEqualTo("200"));
        double sigmoidShare = Double.parseDouble(rows.get(0).cells().get(9).text());
        double reluShare = Double.parseDouble(rows.get(1).cells().get(9).text());
        assertThat(sigmoidShare).isLessThan(0.001);
        assertThat(reluShare).isGreaterThan(0.1);
    }

    @Test
    void theSeedLessonLinksToTheStepThroughOfOneUpdate() {
        UI.getCurrent().navigate("lessons/seed-example");
        assertThat(_get(Anchor.class, s -> s.withClasses("lesson-step-through")).getHref()).isEqualTo("?step");
        UI.getCurrent().navigate("lessons/batch-sizes");
        assertThat(_find(Anchor.class, s -> s.withClasses("lesson-step-through"))).isEmpty();
    }

    @Test
    void anAnonymousVisitorReadsTheLessonsAndIsAskedToLogInWhenStartingOne() {
        logOut();
        UI.getCurrent().navigate(LessonsView.class);
        assertThat(_find(Anchor.class, s -> s.withClasses("lesson-card-title"))).extracting(Anchor::getText)
                .containsExactlyElementsOf(lessons.list(me()).stream().map(Lesson::title).toList()).hasSize(6);
        assertThat(_get(Anchor.class, s -> s.withText(lessons.find(me(), "optimizers").title())).getHref())
                .isEqualTo("lessons/optimizers");
        UI.getCurrent().navigate("lessons/optimizers");
        assertThat(_get(Paragraph.class, s -> s.withClasses("lesson-start-hint")).getText()).contains("log in");

        // Karibu hands a listener's exception to the test; a browser's request hands it to the session's error handler
        SignInRequiredException refused = catchThrowableOfType(
                () -> _click(_get(Button.class, s -> s.withText("Start the lesson"))), SignInRequiredException.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(refused));

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(
                NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE)).isEqualTo("/lessons/optimizers");
    }

    @Test
    void aTeacherSavesAComparisonOfTheirRunsAsALessonThatOnlyTheySeeAndCanStart() {
        logInAs("a teacher");
        UI.getCurrent().navigate("lessons/seed-example");
        _click(_get(Button.class, s -> s.withText("Start the lesson")));
        _click(_get(Button.class, s -> s.withText("Save as lesson\u2026")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Title")), "<img src=x onerror=alert(1)> Rates");
        _setValue(_get(dialog, TextArea.class, s -> s.withLabel("What the lesson is about")), "First.\n\nSecond.");
        _click(_get(dialog, Button.class, s -> s.withText("Save lesson")));
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("invalid")).getText())
                .isEqualTo("The point to notice must not be empty: write a few words.");

        _setValue(_get(dialog, TextArea.class, s -> s.withLabel("What to notice on the comparison")), "<b>Faster</b>.");
        _setValue(_get(dialog, Checkbox.class), true);
        _click(_get(dialog, Button.class, s -> s.withText("Save lesson")));

        LessonView page = _get(LessonView.class);
        assertThat(page.getPageTitle()).startsWith("<img src=x onerror=alert(1)> Rates");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("First.", "Second.");
        String id = location().substring("lessons/".length());
        _click(_get(Button.class, s -> s.withText("Start the lesson")));
        assertThat(parameter("lesson")).isEqualTo(id);
        assertThat(_get(Div.class, s -> s.withClasses("lesson-banner")).getElement().getTextRecursively())
                .contains("<b>Faster</b>.");
        assertThat(_find(TextTable.class, s -> s.withClasses("lesson-gradients"))).hasSize(1);
        UI.getCurrent().navigate(LessonsView.class);
        assertThat(_find(Anchor.class, s -> s.withClasses("lesson-card-title"))).extracting(Anchor::getText)
                .endsWith("<img src=x onerror=alert(1)> Rates");

        logInAs("a student");
        UI.getCurrent().navigate(LessonsView.class);
        assertThat(_find(Anchor.class, s -> s.withClasses("lesson-card-title"))).hasSize(6);
        UI.getCurrent().navigate("lessons/" + id);
        assertThat(_find(NotFoundView.class)).hasSize(1);
        assertThat(_find(LessonView.class)).isEmpty();
    }

    @Test
    void aTeacherDeletesTheirLessonAndItsRunsStay() {
        logInAs("a tidy teacher");
        Lesson mine = lessons.save(me(), "Mine", "", "Look.", false, List.of(lessons.start(me(), "seed-example")
                .progress().started().get(0)));
        UI.getCurrent().navigate("lessons/" + mine.id());
        _click(_get(Button.class, s -> s.withText("Delete lesson")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm)).isEqualTo("Delete this lesson?");
        _fireConfirm(confirm);

        assertThat(_find(LessonsView.class)).hasSize(1);
        assertThat(lessons.list(me())).extracting(Lesson::id).doesNotContain(mine.id());
        assertThat(runs.listNewestFirst(me())).hasSize(2);
    }

    private static String parameter(String name) {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getSingleParameter(name)
                .orElseThrow();
    }

    private static String location() {
        return URLDecoder.decode(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters(),
                StandardCharsets.UTF_8);
    }
}
