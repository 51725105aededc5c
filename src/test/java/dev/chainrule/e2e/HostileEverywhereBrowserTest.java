package dev.chainrule.e2e;

import static dev.chainrule.e2e.HostileText.DETAILS;
import static dev.chainrule.e2e.HostileText.ENTITIES;
import static dev.chainrule.e2e.HostileText.IFRAME;
import static dev.chainrule.e2e.HostileText.IMG;
import static dev.chainrule.e2e.HostileText.RICH;
import static dev.chainrule.e2e.HostileText.SCRIPT;
import static dev.chainrule.e2e.HostileText.SCRIPT_URL;
import static dev.chainrule.e2e.HostileText.SERVER_TEMPLATES;
import static dev.chainrule.e2e.HostileText.SVG;
import static dev.chainrule.e2e.HostileText.TEMPLATES;
import static dev.chainrule.e2e.InjectionChecks.assertNothingInjected;
import static dev.chainrule.e2e.InjectionChecks.assertShowsLiterally;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ForkService;
import dev.chainrule.share.Forked;
import dev.chainrule.share.ShareService;
import dev.chainrule.training.RunLauncher;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, acceptance 3: every text a person types or uploads is hostile, and every page that shows
 * it shows it literally. A teacher and a student whose user names are HTML; run titles and notes,
 * dataset names, file names, CSV headers and class values made of {@link HostileText}; the share page
 * for an anonymous visitor, the Runs list, run pages (a forked run and one derived from it), the Lab
 * (dataset picker, {@code ?from=}, {@code ?fork=}) and the Datasets page with its scatter plot's
 * legend, axis names and tooltips, hovered with the pointer. On each: the text is there, no script
 * ran, no dialog opened, no element was made from the text.
 */
class HostileEverywhereBrowserTest extends BrowserTest {
    private static final String TEACHER = IMG;
    private static final String STUDENT = SVG;
    private static final String FILE = IMG + ".csv";
    private static final String DATASET = DETAILS + " " + TEMPLATES;
    private static final String TEACHER_TITLE = SCRIPT + " " + RICH;
    private static final String FORKED_TITLE = IFRAME + " " + TEMPLATES;
    private static final String AGAIN_TITLE = SCRIPT_URL + " " + SERVER_TEMPLATES + " " + ENTITIES;
    private static final String OWN_FILE = SERVER_TEMPLATES + " " + SCRIPT_URL + ".csv";
    private static final String OWN = SERVER_TEMPLATES + " " + SCRIPT_URL;

    /** The teacher's data: x, y, target and its two classes. */
    private static final Columns SHARED_DATA = new Columns(DATASET, RICH, TEMPLATES, SCRIPT, List.of(IMG, IFRAME));
    /** The student's own upload, four classes. */
    private static final Columns OWN_DATA = new Columns(OWN, SERVER_TEMPLATES, ENTITIES, SCRIPT_URL,
            List.of(SVG, RICH, TEMPLATES, DETAILS));

    /** Made once per Spring context (its own database): the runs train on the server, and every test reads them. */
    private static World world;

    @Autowired
    private DatasetService datasets;
    @Autowired
    private RunLauncher launcher;
    @Autowired
    private RunService runs;
    @Autowired
    private ShareService shares;
    @Autowired
    private ForkService forks;

    /** @param library the context's dataset service: another context has another database, and its own world */
    private record World(DatasetService library, String token, long forkedRun, long againRun) {
    }

    private record Columns(String dataset, String x, String y, String target, List<String> classes) {
    }

    @Override
    protected boolean startsSignedIn() {
        return false;
    }

    @BeforeEach
    void makeTheWorldAndTrapDialogs() throws InterruptedException {
        if (world == null || world.library() != datasets) {
            world = makeWorld();
        }
        InjectionChecks.trapDialogs(driver);
    }

    @Test
    void anAnonymousVisitorOfTheSharePageReadsEveryTextLiterally() {
        driver.get("http://localhost:" + port + "/s/" + world.token());
        wait.until(d -> d.findElement(By.cssSelector(".shared-final")).getText().contains("Completed"));
        assertThat(driver.getTitle()).isEqualTo(TEACHER_TITLE + " · Chainrule");
        assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo(TEACHER_TITLE);
        assertThat(driver.findElement(By.cssSelector(".shared-by")).getText())
                .isEqualTo("Shared by " + TEACHER + ". You are watching it; nothing here changes it.");
        assertThat(driver.findElement(By.cssSelector(".shared-notes")).getText()).isEqualTo(HostileText.everyLine());
        String data = driver.findElement(By.cssSelector(".shared-dataset")).getText();
        assertThat(data).contains("Dataset " + DATASET).contains("Target " + SCRIPT + " (")
                .contains("Inputs 2: " + RICH + ", " + TEMPLATES);
        assertThat(driver.findElement(By.cssSelector(".shared-final")).getText()).contains("Training loss");
        awaitCharts();
        String tip = InjectionChecks.hoverTooltip(driver, lossChart(), 0, 5, "training: ");
        assertThat(tip).contains("epoch");
        assertShowsLiterally(driver, "share page", HostileText.ALL.toArray(String[]::new));
        InjectionChecks.assertNoBrowserErrors(driver, "share page");
    }

    @Test
    void theRunsListAndRunPagesShowTitlesNotesNamesAndDatasetsLiterally() {
        logIn(driver, STUDENT);
        driver.get("http://localhost:" + port + "/runs");
        wait.until(d -> InjectionChecks.text(driver).contains(AGAIN_TITLE));
        assertThat(accountName()).isEqualTo(STUDENT);
        assertShowsLiterally(driver, "runs list", FORKED_TITLE, AGAIN_TITLE, DATASET, OWN, STUDENT);
        assertThat(openSelect("Dataset")).contains(DATASET, OWN);
        assertNothingInjected(driver, "runs list, dataset filter open");

        driver.get("http://localhost:" + port + "/runs/" + world.forkedRun());
        wait.until(d -> !d.findElements(By.cssSelector(".derived-from")).isEmpty());
        assertThat(driver.getTitle()).isEqualTo(FORKED_TITLE + " · Chainrule");
        assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo(FORKED_TITLE);
        assertThat(driver.findElement(By.cssSelector(".derived-from")).getText())
                .isEqualTo("forked from \u201c" + TEACHER_TITLE + "\u201d by " + TEACHER);
        assertThat(driver.executeScript("return document.querySelector('vaadin-text-area').value"))
                .isEqualTo(HostileText.everyLine());
        assertThat(InjectionChecks.text(driver)).contains("network, SGD with momentum");
        awaitCharts();
        assertThat(InjectionChecks.hoverTooltip(driver, lossChart(), 0, 5, "training: ")).contains("epoch");
        assertShowsLiterally(driver, "forked run's page", FORKED_TITLE, TEACHER_TITLE, TEACHER, STUDENT);
        assertShowsLiterally(driver, "forked run's notes", HostileText.ALL.toArray(String[]::new));

        driver.get("http://localhost:" + port + "/runs/" + world.againRun());
        wait.until(d -> !d.findElements(By.cssSelector(".derived-from a")).isEmpty());
        assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo(AGAIN_TITLE);
        assertThat(driver.findElement(By.cssSelector(".derived-from")).getText()).isEqualTo("derived from: " + FORKED_TITLE);
        assertThat(driver.findElement(By.cssSelector(".derived-from a")).getText()).isEqualTo(FORKED_TITLE);
        awaitCharts();
        assertShowsLiterally(driver, "derived run's page", AGAIN_TITLE, FORKED_TITLE);
        InjectionChecks.assertNoBrowserErrors(driver, "runs list and run pages");
    }

    @Test
    void theLabShowsDatasetNamesAndTitlesFromRunsAndForksLiterally() {
        logIn(driver, STUDENT);
        driver.get("http://localhost:" + port + "/lab");
        assertThat(openSelect("Dataset")).contains(DATASET, OWN);
        assertNothingInjected(driver, "Lab, dataset picker open");

        driver.get("http://localhost:" + port + "/lab?from=" + world.forkedRun());
        wait.until(d -> FORKED_TITLE.concat(" (run again)").equals(titleField()));
        awaitBoundary();
        assertShowsLiterally(driver, "Lab from a run", FORKED_TITLE + " (run again)", DATASET, STUDENT);

        driver.get("http://localhost:" + port + "/lab?fork=" + world.token());
        wait.until(d -> !d.findElements(By.cssSelector(".forked-from")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".forked-from")).getText())
                .isEqualTo("Forked from \u201c" + TEACHER_TITLE + "\u201d by " + TEACHER + ". Train to make your own run.");
        assertThat(titleField()).isEqualTo(TEACHER_TITLE);
        awaitBoundary();
        assertShowsLiterally(driver, "Lab from a fork", TEACHER_TITLE, TEACHER, DATASET);
        InjectionChecks.assertNoBrowserErrors(driver, "Lab");
    }

    @Test
    void theDatasetsPageShowsNamesFilesColumnsAndClassesLiterallyInItsGridsAndScatterPlot() {
        logIn(driver, STUDENT);
        driver.get("http://localhost:" + port + "/datasets");
        wait.until(d -> InjectionChecks.text(driver).contains(OWN));
        assertShowsLiterally(driver, "Datasets page", DATASET, OWN, FILE + " · 60 rows × 3 columns",
                OWN_FILE + " · 80 rows × 3 columns");
        for (Columns data : List.of(SHARED_DATA, OWN_DATA)) {
            showDataset(data);
        }
        InjectionChecks.assertNoBrowserErrors(driver, "Datasets page");
    }

    /** One dataset's details: its title, how it was read, column statistics, first rows and scatter plot. */
    private void showDataset(Columns data) {
        WebElement card = (WebElement) driver.executeScript("return [...document.querySelectorAll('.dataset-card')]"
                + ".find(c => c.querySelector('.dataset-name').textContent === arguments[0])", data.dataset());
        dom.click(card);
        wait.until(d -> data.dataset().equals(d.findElement(By.cssSelector(".dataset-title")).getText()));
        assertThat(driver.findElement(By.cssSelector(".dataset-detected")).getText())
                .contains("target \u201c" + data.target() + "\u201d");
        WebElement scatter = driver.findElement(By.tagName("chainrule-scatter"));
        wait.until(d -> ((Number) driver.executeScript("return arguments[0].pointCount()", scatter)).intValue() > 0);
        assertShowsLiterally(driver, "dataset " + data.dataset(), data.x(), data.y(), data.target());
        assertShowsLiterally(driver, "dataset " + data.dataset() + ", class values", data.classes().toArray(String[]::new));
        // the legend (classes) and the axis names (columns), drawn on the canvas as they are
        // (one setOption draws the axes and the legend together: once anything is drawn, all of it is)
        wait.until(d -> InjectionChecks.drawnTexts(driver, scatter).size() > data.classes().size());
        assertThat(InjectionChecks.drawnTexts(driver, scatter)).containsAll(data.classes()).contains(data.x(), data.y());
        for (int s = 0; s < data.classes().size(); s++) {
            String tip = InjectionChecks.hoverTooltip(driver, scatter, s, 0, data.target() + ": " + data.classes().get(s));
            assertThat(tip).contains(data.x() + ": ").contains(data.y() + ": ");
            assertNothingInjected(driver, "tooltip of " + data.classes().get(s));
        }
    }

    private String accountName() {
        return ((String) driver.executeScript("return document.getElementById('account-name').textContent")).strip();
    }

    /** Opens the select labelled so and returns its items' texts. */
    @SuppressWarnings("unchecked")
    private List<String> openSelect(String label) {
        WebElement select = wait.until(d -> d.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='" + label + "']]")));
        dom.click(select);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-select-item")).isEmpty());
        return (List<String>) driver.executeScript(
                "return [...document.querySelectorAll('vaadin-select-item')].map(i => i.textContent.trim())");
    }

    private String titleField() {
        return (String) driver.executeScript("const f = [...document.querySelectorAll('vaadin-text-field')]"
                + ".find(f => f.label === 'Title'); return f ? f.value : null;");
    }

    private WebElement lossChart() {
        return driver.findElement(By.tagName("chainrule-chart"));
    }

    /** A stored run's page replays its history: the loss chart has points and the boundary is drawn. */
    private void awaitCharts() {
        wait.until(d -> ((Number) driver.executeScript("const c = document.querySelector('chainrule-chart');"
                + " return c && c.pointCount ? c.pointCount() : 0;")).longValue() > 5);
        awaitBoundary();
    }

    private void awaitBoundary() {
        wait.until(d -> ((Number) driver.executeScript("const b = document.querySelector('chainrule-boundary');"
                + " return b && b.pointCount ? b.pointCount() : 0;")).longValue() > 0);
    }

    /**
     * The teacher uploads, renames, trains, titles, annotates and shares; the student forks and trains
     * the fork, then trains their own upload as a run derived from the fork.
     */
    private World makeWorld() throws InterruptedException {
        Visitor teacher = People.person(accounts, TEACHER);
        Dataset upload = datasets.upload(teacher, FILE, csv(SHARED_DATA, 60));
        datasets.rename(teacher, upload.getId(), DATASET);
        long teacherRun = launcher.launch("quadrants", "upload:" + upload.getId(),
                DataOptions.defaults().withStandardize(true).withValidation(0.25, 1),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                training(LossKind.BCE), Init.XAVIER, teacher, null);
        awaitEnd(teacher, teacherRun);
        runs.rename(teacher, teacherRun, TEACHER_TITLE);
        runs.updateNotes(teacher, teacherRun, HostileText.everyLine());
        String token = shares.share(teacher, teacherRun);

        Visitor student = People.person(accounts, STUDENT);
        Forked forked = forks.fork(student, token);
        ExperimentSpec spec = forked.spec();
        long forkedRun = launcher.launch(spec.title(), forked.datasetKey(), spec.data().options(), spec.layers(),
                spec.training(), spec.init(), student, forked.parentRunId());
        awaitEnd(student, forkedRun);
        runs.rename(student, forkedRun, FORKED_TITLE);
        runs.updateNotes(student, forkedRun, HostileText.everyLine());

        Dataset own = datasets.upload(student, OWN_FILE, csv(OWN_DATA, 80));
        long againRun = launcher.launch(AGAIN_TITLE, "upload:" + own.getId(), DataOptions.defaults().withStandardize(true),
                List.of(new DenseSpec(4, Activation.TANH), new DenseSpec(4, Activation.SOFTMAX)),
                training(LossKind.CROSS_ENTROPY), Init.XAVIER, student, forkedRun);
        awaitEnd(student, againRun);
        return new World(datasets, token, forkedRun, againRun);
    }

    private static byte[] csv(Columns data, int rows) {
        return HostileText.csv(data.x(), data.y(), data.target(), data.classes(), rows);
    }

    private static TrainingConfig training(LossKind loss) {
        return new TrainingConfig(loss, new SgdSpec(0.1, 0.5), 8, 30, true, 11);
    }

    private void awaitEnd(Visitor owner, long run) throws InterruptedException {
        for (int i = 0; i < 600 && runs.owned(owner, run).getStatus().isActive(); i++) {
            Thread.sleep(100);
        }
        assertThat(runs.owned(owner, run).getStatus().label()).isEqualTo("Completed");
    }
}
