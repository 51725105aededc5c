package dev.chainrule.e2e;

import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.Assignment;
import dev.chainrule.classroom.AssignmentDraft;
import dev.chainrule.classroom.AssignmentLock;
import dev.chainrule.classroom.AssignmentMetric;
import dev.chainrule.classroom.AssignmentService;
import dev.chainrule.classroom.BoardService;
import dev.chainrule.classroom.ClassroomService;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (src/bench; {@code ./mvnw -Pbench test -Dtest=ClassOfThirtyBenchmark}): issue 15's class of
 * thirty on this 2-core machine. The teacher trains the Lab's default experiment in Chromium (Train, nothing changed)
 * and publishes it as an assignment; thirty students, each their own person in the class, start a run of it with
 * the Lab's default pace within ten seconds, through {@code AssignmentService.startRun} as the Lab's Train does.
 * Meanwhile the teacher's board is open in one Chromium and one student edits the network in the assignment's Lab
 * in another. Prints: how each start was answered (training at once, or queued with its place), the gaps between the
 * board's updates in the browser and its reads on the server while runs train, and the student's edits' answer times.
 */
class ClassOfThirtyBenchmark extends ServerBenchmark {
    private static final int STUDENTS = 30;
    private static final long START_WINDOW_MS = 9_000; // all thirty within ten seconds
    private static final int LAB_DEFAULT_PACE = 100; // the Lab's Speed: "100 epochs/s"
    private static final int CLICKS = 30;
    // every change of the board's content, stamped (milliseconds since the page's start)
    private static final String WATCH_BOARD = """
            window.__boardChanges = [];
            new MutationObserver(() => window.__boardChanges.push(performance.now()))
              .observe(document.querySelector('.class-board'), { childList: true, characterData: true, subtree: true });
            return performance.now();
            """;

    @Autowired
    ClassroomService classes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    BoardService boards;
    @Autowired
    RunService runs;

    @Test
    void thirtyStudentsStartARunWithinTenSeconds() throws Exception {
        Visitor teacher = person("teacher");
        long classId = classes.create(teacher, "Class of thirty").id();
        String code = classes.joinCode(teacher, classId);
        List<Visitor> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            Visitor student = person("student " + (i + 1));
            classes.join(student, code);
            students.add(student);
        }
        ChromeDriver board = Browser.start();
        ChromeDriver lab = Browser.start();
        try {
            Browser.logIn(board, port, "teacher");
            long teachersRun = trainTheLabsDefault(board, teacher);
            Assignment assignment = assignments.publish(teacher, classId, new AssignmentDraft(teachersRun,
                    "Spirals for everyone", "Train the spirals; the network and optimizer are yours.",
                    EnumSet.of(AssignmentLock.DATASET, AssignmentLock.LOSS), null, AssignmentMetric.VALIDATION_ACCURACY));

            board.get("http://localhost:" + port + "/assignments/" + assignment.id() + "/board");
            new Dom(board).await().until(d -> !d.findElements(By.className("class-board")).isEmpty());
            double boardClock = ((Number) board.executeScript(WATCH_BOARD)).doubleValue();
            Browser.logIn(lab, port, "student 1");
            lab.get("http://localhost:" + port + "/lab?assignment=" + assignment.id());
            new Dom(lab).await().until(d -> !d.findElements(By.className("network-summary")).isEmpty());

            AtomicBoolean starting = new AtomicBoolean(true);
            List<Double> serverReads = new ArrayList<>();
            CompletableFuture<List<Start>> starts = CompletableFuture.supplyAsync(() -> startAll(students, assignment));
            CompletableFuture<Void> reads = CompletableFuture.runAsync(() -> readBoard(teacher, assignment, starting, serverReads));
            double[] clicks = edit(lab);
            List<Start> started = starts.get();
            waitForTheEnd(started);
            starting.set(false);
            reads.get();
            @SuppressWarnings("unchecked")
            List<Number> changes = (List<Number>) board.executeScript("return window.__boardChanges");
            report(started, changes.stream().mapToDouble(n -> n.doubleValue() - boardClock).toArray(),
                    serverReads, clicks);
        } finally {
            board.quit();
            lab.quit();
        }
    }

    /** One student's start: how long startRun took, and whether the run trained at once or was told its place. */
    record Start(long runId, long atMs, double tookMs, boolean training, int place) {
    }

    // the Lab as it opens, Train pressed: its defaults are what "the default settings" means
    private long trainTheLabsDefault(ChromeDriver driver, Visitor teacher) throws InterruptedException {
        driver.get("http://localhost:" + port + "/lab");
        Dom dom = new Dom(driver);
        dom.click(dom.await().until(d -> d.findElement(By.xpath("//vaadin-button[normalize-space(.)='Train']"))));
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<Run> mine = runs.listNewestFirst(teacher);
            if (!mine.isEmpty() && !training.isLive(mine.get(0).getId())) {
                return mine.get(0).getId();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the teacher's run of the Lab's default did not end within a minute");
    }

    private List<Start> startAll(List<Visitor> students, Assignment assignment) {
        List<Start> started = new ArrayList<>();
        long begin = System.nanoTime();
        for (int i = 0; i < students.size(); i++) {
            long due = begin + i * START_WINDOW_MS * 1_000_000 / (students.size() - 1);
            try {
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Visitor student = students.get(i);
            long t0 = System.nanoTime();
            ExperimentSpec spec = assignments.openInLab(student, assignment.id()).experiment();
            long id = assignments.startRun(student, assignment.id(), spec, LAB_DEFAULT_PACE).id();
            double took = (System.nanoTime() - t0) / 1e6;
            OptionalInt place = training.queuePosition(id);
            started.add(new Start(id, (t0 - begin) / 1_000_000, took, place.isEmpty(), place.orElse(0)));
        }
        return started;
    }

    // the board's read on the server once a second, as each open board page asks for it
    private void readBoard(Visitor teacher, Assignment assignment, AtomicBoolean going, List<Double> took) {
        while (going.get()) {
            long t0 = System.nanoTime();
            boards.board(teacher, assignment.id());
            took.add((System.nanoTime() - t0) / 1e6);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private double[] edit(ChromeDriver lab) throws InterruptedException {
        double[] clicks = new double[CLICKS];
        for (int i = 0; i < CLICKS; i++) {
            String button = i % 2 == 0 ? "Add Dense" : "Remove layer 1";
            clicks[i] = ((Number) lab.executeAsyncScript(ClassroomBenchmark.TIMED_CLICK, button)).doubleValue();
            Thread.sleep(150); // a person does not click faster than this
        }
        return clicks;
    }

    private void waitForTheEnd(List<Start> started) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (started.stream().anyMatch(s -> training.isLive(s.runId())) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private static void report(List<Start> started, double[] boardChanges, List<Double> serverReads, double[] clicks) {
        long atOnce = started.stream().filter(Start::training).count();
        int[] places = started.stream().filter(s -> !s.training()).mapToInt(Start::place).toArray();
        double[] took = started.stream().mapToDouble(Start::tookMs).sorted().toArray();
        System.out.printf("CLASS-30 %d students started a run within %.1f s on %d cores: %d training at once, %d queued "
                + "with a place %s, %d without either; startRun answered in median %.0f ms, slowest %.0f ms%n",
                started.size(), started.get(started.size() - 1).atMs() / 1000.0, Runtime.getRuntime().availableProcessors(),
                atOnce, places.length, Arrays.toString(places), started.size() - atOnce - places.length,
                took[took.length / 2], took[took.length - 1]);
        // the board's updates: changes less than 100 ms apart are one update (a poll's answer lands in pieces)
        List<Double> updates = new ArrayList<>();
        for (double t : boardChanges) {
            if (updates.isEmpty() || t - updates.get(updates.size() - 1) > 100) {
                updates.add(t);
            }
        }
        double[] gaps = new double[Math.max(0, updates.size() - 1)];
        for (int i = 1; i < updates.size(); i++) {
            gaps[i - 1] = updates.get(i) - updates.get(i - 1);
        }
        Arrays.sort(gaps);
        double[] reads = serverReads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("CLASS-30 the teacher's board in Chromium: %d updates over %.1f s, gaps median %.0f ms, "
                + "slowest %.0f ms; the board's read on the server: median %.1f ms, slowest %.1f ms (%d reads)%n",
                updates.size(), updates.isEmpty() ? 0 : (updates.get(updates.size() - 1) - updates.get(0)) / 1000,
                gaps.length == 0 ? Double.NaN : gaps[gaps.length / 2], gaps.length == 0 ? Double.NaN : gaps[gaps.length - 1],
                reads[reads.length / 2], reads[reads.length - 1], reads.length);
        double[] sorted = clicks.clone();
        Arrays.sort(sorted);
        System.out.printf("CLASS-30 a student's edits in the assignment's Lab (Chromium on the same 2 cores) while the "
                + "class starts: %d edits answered in median %.0f ms, 90th percentile %.0f ms, slowest %.0f ms%n",
                CLICKS, sorted[CLICKS / 2], sorted[(int) Math.ceil(CLICKS * 0.9) - 1], sorted[CLICKS - 1]);
    }
}
