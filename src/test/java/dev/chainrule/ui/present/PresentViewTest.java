package dev.chainrule.ui.present;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.MainLayout;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.TestRunGrant;
import dev.chainrule.ui.compare.ComparisonPresentation;
import dev.chainrule.ui.component.BoundaryChart;
import dev.chainrule.ui.run.RunPanel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** {@code /present}: runs on the projector, only the charts, opened with exactly the comparison's checks. */
@Import({AbstractAppTest.SynchronousTraining.class, TestRunGrant.class})
class PresentViewTest extends AbstractAppTest {
    @Autowired
    RunLauncher launcher;
    @Autowired
    TestRunGrant grant;

    @AfterEach
    void noGrants() {
        grant.clear();
    }

    @Test
    void severalRunsShowTheLegendAndChartsOnlyWithoutTheSideMenu() {
        long mine = train("<b>mine</b>", me());
        Visitor ann = People.person(accounts, "ann");
        long annsRun = train("Ann's", ann);
        grant.allow(me(), annsRun);

        present(mine + "," + annsRun);

        assertThat(_get(ComparisonPresentation.class).keys()).containsExactly(String.valueOf(mine), String.valueOf(annsRun));
        assertThat(_find(MainLayout.class)).as("no side menu, no header").isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("2 runs compared");
        assertThat(leave().getHref()).isEqualTo("compare?runs=" + mine + "," + annsRun);
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).as("no outcomes, settings or toolbar")
                .doesNotContain("Outcomes", "Download CSV", "Share comparison", "X axis", "Smoothing");
    }

    @Test
    void oneRunShowsItsCurvesAndDecisionBoundaryUnderItsTitleAsText() {
        long mine = train("<img src=x onerror=alert(1)>", me());

        present(String.valueOf(mine));

        assertThat(_get(H1.class).getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(_get(H1.class).getElement().getChild(0).isTextNode()).as("set as text, not markup").isTrue();
        assertThat(_find(RunPanel.class)).hasSize(1);
        assertThat(_find(BoundaryChart.class)).as("two features: its decision boundary").hasSize(1);
        assertThat(leave().getHref()).isEqualTo("runs/" + mine);
    }

    @Test
    void aRunNeitherOwnNorGrantedIsNotFound() {
        long annsRun = train("ANN'S HIDDEN RUN", People.person(accounts, "ann"));

        present(String.valueOf(annsRun));

        assertThat(_find(NotFoundView.class)).hasSize(1);
        assertThat(_find(ComparisonPresentation.class)).isEmpty();
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain("ANN'S HIDDEN RUN");
    }

    @Test
    void aBadAddressIsExplained() {
        present("12,<script>");

        String why = _get(Paragraph.class, s -> s.withClasses("present-problem")).getText();
        assertThat(why).contains("'<script>'").contains("neither a run number");
        present("");
        assertThat(_get(Paragraph.class, s -> s.withClasses("present-problem")).getText()).startsWith("No runs are named");
    }

    private static Anchor leave() {
        return _get(Anchor.class, s -> s.withClasses("present-leave"));
    }

    private static void present(String runs) {
        UI.getCurrent().navigate(PresentView.ROUTE, QueryParameters.simple(Map.of("runs", runs)));
    }

    private long train(String title, Visitor owner) {
        return launcher.launch(title, "builtin:xor", DataOptions.defaults().withValidation(0.25, 1),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 8, 3, true, 1), Init.XAVIER, owner, null);
    }
}
