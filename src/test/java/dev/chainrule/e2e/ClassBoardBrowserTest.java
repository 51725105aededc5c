package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.Assignment;
import dev.chainrule.classroom.AssignmentDraft;
import dev.chainrule.classroom.AssignmentMetric;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, acceptance 2: a teacher and three students, each in a browser of their own (four cookie jars). The
 * class and the assignment are made through the services; everything after is through the pages: each student
 * opens the assignment in the Lab and trains; the teacher's board shows their three runs progressing live (the
 * epochs grow without a reload), the teacher ticks two and opens them in the comparison. The board is saved as
 * docs/screenshots/class-board.png, the README's picture.
 */
class ClassBoardBrowserTest extends BrowserTest {
    /**
     * At the Lab's 100 epochs a second, ten minutes of training: the runs still train while the board is watched,
     * however slow the machine (they are stopped at the end). With 6,000 (a minute) a loaded CI machine once took longer
     * than that to reach the board's first reading, and runs that had ended could not grow.
     */
    private static final int EPOCHS = 60_000;
    private static final List<String> LEARNING_RATES = List.of("0.3", "0.1", "0.03");
    private static final Pattern EPOCH_CELL = Pattern.compile("([\\d,]+) / " + String.format("%,d", EPOCHS));

    @Autowired
    ClassroomService classes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RunLauncher launcher;

    @Test
    void threeStudentsTrainAndTheTeachersBoardFollowsThemLiveAndComparesTwo() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100_000);
        Visitor teacher = tester();
        long classId = classes.create(teacher, "Year 11, set " + suffix).id();
        List<String> names = List.of("Ada " + suffix, "Ben " + suffix, "Cy " + suffix);
        List<Visitor> students = new ArrayList<>();
        for (String name : names) {
            Visitor student = People.person(accounts, name);
            classes.join(student, classes.joinCode(teacher, classId));
            students.add(student);
        }
        long teachersRun = SharedRuns.train(launcher, teacher, "builtin:spirals", "Spirals, tanh", EPOCHS);
        Assignment assignment = assignments.publish(teacher, classId, new AssignmentDraft(teachersRun,
                "Spirals in 50 parameters", "Make the spirals work with at most 50 parameters.", Set.of(), 50L,
                AssignmentMetric.VALIDATION_ACCURACY));
        training.stop(teacher, teachersRun); // only its experiment was needed: the CPU is the students' now

        List<ChromeDriver> browsers = new ArrayList<>();
        try {
            // the teacher's board is open before anyone trains: what appears on it comes live
            driver.get("http://localhost:" + port + "/assignments/" + assignment.id() + "/board");
            dom.await().until(d -> d.findElement(By.className("board-waiting")).getText()
                    .equals("Not started yet: " + String.join(", ", names) + "."));
            List<Dom> labs = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                ChromeDriver student = Browser.lease();
                browsers.add(student);
                Browser.logIn(student, port, names.get(i));
                student.get("http://localhost:" + port + "/lab?assignment=" + assignment.id());
                Dom lab = new Dom(student);
                lab.await().until(d -> !d.findElements(By.className("assignment-banner")).isEmpty());
                // each tries another learning rate (the optimizer is not locked), so the leaderboard has an order
                lab.click(student.findElement(By.id("lab-tab-training")));
                lab.type(student.findElement(By.xpath("//vaadin-text-field[label[normalize-space(.)='Learning rate']]")),
                        LEARNING_RATES.get(i));
                if (i == 0) {
                    Browser.screenshot(student, "assignment-lab.png"); // the banner, locked fields and the budget
                }
                labs.add(lab);
            }
            for (Dom lab : labs) {
                lab.click(lab.button("Train"));
            }
            // The runs train on the server, whoever watches: once each has started, the students' tabs go. Three
            // tabs drawing their live pictures took the CPU the board and the teacher's pages after it need.
            for (Dom lab : labs) {
                lab.await().withMessage("the student's run started").until(d -> {
                    String status = String.valueOf(d.findElement(By.className("run-status")).getDomProperty("textContent"));
                    return status.startsWith("Starting") || status.startsWith("Training") || status.startsWith("Waiting");
                });
            }
            browsers.forEach(browser -> Browser.giveBack(browser, port));
            browsers.clear();

            WebDriverWait slow = new WebDriverWait(driver, Duration.ofSeconds(180));
            slow.withMessage("three runs on the board, each past its first epoch")
                    .until(d -> epochs().size() == 3 && epochs().stream().allMatch(e -> e > 0));
            List<Integer> first = epochs();
            assertThat(first).as("runs still training at the board's first reading").anyMatch(e -> e < EPOCHS);
            slow.withMessage("the runs' epochs growing on the open board, without a reload")
                    .until(d -> epochs().stream().mapToInt(Integer::intValue).sum()
                            > first.stream().mapToInt(Integer::intValue).sum() + 300);
            assertThat(cells()).as("every student by name").contains(names.toArray(String[]::new));
            slow.withMessage("each student's best run on the leaderboard").until(d -> leaderboardNames().size() == 3);
            assertThat(driver.findElements(By.className("board-waiting"))).allMatch(e -> !e.isDisplayed());
            Path shot = Path.of("docs", "screenshots", "class-board.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));

            List<WebElement> ticks = rowTicks();
            assertThat(ticks).as("a tick box per run").hasSize(3);
            dom.click(ticks.get(0));
            dom.click(ticks.get(1));
            dom.click(dom.button("Compare ticked"));

            slow.withMessage("the comparison of the two ticked runs")
                    .until(d -> d.getCurrentUrl().contains("/compare?runs=")
                            && !d.findElements(By.xpath("//h2[normalize-space(.)='2 runs compared']")).isEmpty());
            assertThat(driver.findElements(By.className("compare-not-found"))).as("the teacher may read both").isEmpty();
            assertThat(driver.findElements(By.tagName("chainrule-compare-chart"))).isNotEmpty();
            Browser.screenshot(driver, "class-board-compare.png");

            // Show to class: the same two runs large, no side menu; Escape goes back to the comparison
            String comparison = driver.getCurrentUrl();
            dom.click(driver.findElement(By.className("compare-present")));
            slow.withMessage("the presentation of the two runs")
                    .until(d -> d.getCurrentUrl().contains("/present?runs=")
                            && d.findElements(By.tagName("chainrule-compare-chart")).size() >= 2);
            assertThat(driver.findElements(By.tagName("vaadin-side-nav"))).as("nothing but the runs").isEmpty();
            assertThat(driver.findElement(By.className("present-title")).getText()).isEqualTo("2 runs compared");
            slow.withMessage("the projector's thick lines").until(d -> Long.valueOf(5).equals(
                    driver.executeScript("return document.querySelector('chainrule-compare-chart').lineWidth()")));
            Browser.screenshot(driver, "class-board-present.png");
            driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            slow.withMessage("Escape leaves the presentation").until(d -> d.getCurrentUrl().equals(comparison));
            slow.withMessage("the comparison in its usual size again").until(d -> Boolean.FALSE.equals(driver.executeScript(
                    "return document.documentElement.classList.contains('presenting')")));
        } finally {
            browsers.forEach(browser -> Browser.giveBack(browser, port));
            for (Visitor student : students) {
                training.activeRuns(student).forEach(active -> training.stop(student, active.id()));
            }
        }
    }

    /** The texts of the board's run cells, as the browser shows them. */
    @SuppressWarnings("unchecked")
    private List<String> cells() {
        return (List<String>) driver.executeScript("return [...document.querySelectorAll("
                + "'vaadin-grid.board-runs vaadin-grid-cell-content')].map(c => c.textContent.trim())");
    }

    /** The tick box of each run's row (not the header's "select all"), in the rows' order. */
    @SuppressWarnings("unchecked")
    private List<WebElement> rowTicks() {
        return (List<WebElement>) driver.executeScript("return [...document.querySelectorAll("
                + "'vaadin-grid.board-runs vaadin-grid-cell-content')].filter(c => c.assignedSlot"
                + " && c.assignedSlot.closest('tbody') && c.querySelector('vaadin-checkbox'))"
                + ".map(c => c.querySelector('vaadin-checkbox'))");
    }

    /** The epochs each run has reached, from its "epoch / planned" cell. */
    private List<Integer> epochs() {
        List<Integer> epochs = new ArrayList<>();
        for (String cell : cells()) {
            Matcher m = EPOCH_CELL.matcher(cell);
            if (m.matches()) {
                epochs.add(Integer.parseInt(m.group(1).replace(",", "")));
            }
        }
        return epochs;
    }

    @SuppressWarnings("unchecked")
    private List<String> leaderboardNames() {
        return (List<String>) driver.executeScript("return [...document.querySelectorAll("
                + "'vaadin-grid.board-leaderboard vaadin-grid-cell-content')].map(c => c.textContent.trim())"
                + ".filter(t => /^(Ada|Ben|Cy) /.test(t))");
    }
}
