package dev.chainrule.e2e;

import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.engine.Network;
import dev.chainrule.engine.RunControl;
import dev.chainrule.engine.Trainer;
import dev.chainrule.engine.TrainingListener;
import dev.chainrule.engine.spec.AdamSpec;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LayerSpec;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.NetworkSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (in src/bench, compiled and run only by the bench profile): the playground workload
 * (2-8-8-1 tanh, BCE, Adam, batches of 10, the 1,000 circles of ../shared/bench) trained headless,
 * through the training service with nobody watching, and from the Lab with its charts live in
 * Chromium three times: free to use both cores; kept to CPU 1 at normal priority; and kept to CPU 1 yielding to the
 * server ({@link Browser#startYieldingOnCpu}), the browser on its own core as if on the student's own computer, which
 * takes no CPU time from the server; and, for the server's own cost, kept to CPU 1 and stopped while the run trains
 * ({@link #BROWSER_STOPPED}). Each Lab run is set against the headless runs just before and just after it (this
 * machine's speed drifts within minutes); then, as a control, headless training beside an unrelated page animating in
 * Chromium on CPU 1 (what a busy browser on the other core costs by itself here). Prints epochs per second, the training
 * thread's CPU time per epoch (the server's own overhead, whatever else the machine does), the CPU Chromium used (by
 * kind of process), the time each chart element of the page spent drawing, the pushes per second the browser received
 * (counted by the page: the browser keeps no network log for chromedriver, which would copy every push frame on the
 * page's main thread), and what the scheduler did to the training thread (time waiting for a CPU, preemptions). Chromium runs with a student's rights over scheduling
 * ({@link Browser#AS_A_STUDENT}: as root it would raise its display threads above the server's). The bench person owns the
 * data and starts every run; Chromium logs in as that person before it opens the Lab. The Lab draws what it draws
 * by default: the decision boundary, and the network diagram with each neuron's picture (checked: a run
 * whose diagram got no pictures fails the benchmark, so the figures are those of the pictures on). The Lab's runs must
 * learn bit for bit the weights the headless runs learn (checked), so both trained the same thing.
 * Run on the production bundle, as a school runs it: {@code ./mvnw -Pproduction,bench test -Dtest=LabSpeedBenchmark
 * [-Dlab.epochs=40000] [-Dlab.warmups=3] [-Dlab.profile=/tmp/lab]} (then {@code ./mvnw clean}: target/ holds the production
 * frontend). Without {@code production} the server runs in development mode, whose page logs every message it handles to
 * the console. With {@code lab.profile} each Lab run also saves the page's JavaScript CPU profile while it trains, as
 * PREFIX-N.cpuprofile (N: the Lab run's number, warm-ups included; open it in Chromium's DevTools).
 */
class LabSpeedBenchmark extends ServerBenchmark {
    /**
     * Epochs per run, {@code -Dlab.epochs} (default 10,000: about 3 s at full speed here, where the JIT still
     * compiles during the measured runs; 40,000 measures the steady state).
     */
    static final int EPOCHS = Integer.getInteger("lab.epochs", 10_000);
    /**
     * Lab runs before the measured ones, {@code -Dlab.warmups} (default 8). A school's server has served many runs; a new
     * JVM goes on compiling the page, push and storing code for runs on end: C2 compiled 266, 201, 169, 111 and 74 methods
     * during the first five Lab runs (taking 0.5 to 1 CPU-s of each, on the core the run trains on), so the measured runs
     * come after eight.
     */
    static final int WARM_UPS = Integer.getInteger("lab.warmups", 8);
    /**
     * Lab runs with the browser yielding to the server whose brackets held still, {@code -Dlab.repeats} (default 3): the
     * machine's speed drifts between two levels (about 300 and 450 µs an epoch headless) within minutes, and a run may
     * fall into a change of level. A run counts when its two headless runs agree within {@link #STEADY}, it is not
     * faster than both (the machine sped up while it ran) and its training thread did not fall to the slow level meanwhile
     * ({@link #SLOW_LEVEL}); runs go on until REPEATS count, at most three times as many.
     */
    static final int REPEATS = Math.max(1, Integer.getInteger("lab.repeats", 3));
    /** How far apart a Lab run's two headless runs may be for it to count: 5 %. */
    static final double STEADY = 0.05;
    /**
     * A Lab run whose training thread needed more than 1.2 times the CPU time per epoch of its headless run did its
     * (identical, checked) arithmetic on a core at the machine's slow level, which a level change inside the run hides
     * from its two headless runs: it does not count. Each vCPU of this VM falls to that level by itself, for ten to
     * thirty seconds, whatever runs on it: a C loop timed beside the Lab's own code slowed by 30-40 % at moments
     * unrelated to the engine's slowing by 40-60 % (in a JVM with no server and no browser). At the normal level the
     * Lab's training thread needs 100-118 % of headless's CPU per epoch (the run's start and end included), and headless
     * training beside a busy browser on the other core 100-117 % (the control): all of that counts.
     */
    static final double SLOW_LEVEL = 1.2;
    /**
     * Also measure the server's own cost, {@code -Dlab.stopped} (default true): Lab runs as above, but every Chromium
     * process stopped (SIGSTOP) from the moment the run exists until it has trained its last epoch, then let go. The
     * server does all it does for a live Lab (it computes, encodes and pushes every picture and point, which wait in the
     * connection's buffers, a few hundred kB, and reach the page when it goes on: the push frames count them), while
     * CPU 1 is idle as it is when the browser runs on the student's own computer. A browser kept there yielding still
     * costs the server here: its work slows the other vCPU by itself (the control), and the kernel wakes the server's
     * push, writer and compiler threads on the training core rather than on a core busy with an idle-priority task.
     */
    static final boolean BROWSER_STOPPED = Boolean.parseBoolean(System.getProperty("lab.stopped", "true"));
    private int labRuns;

    @Autowired
    dev.chainrule.run.RunService runs;

    @Test
    void labVersusHeadless() throws Exception {
        Visitor bench = bench();
        String key = Playground.circles(datasets, bench);
        DataOptions options = DataOptions.defaults().withStandardize(true);
        PreparedData data = launcher.prepare(bench, key, options);
        List<LayerSpec> layers = Playground.LAYERS;
        TrainingConfig config = new TrainingConfig(LossKind.BCE, AdamSpec.withDefaults(0.01), 10, EPOCHS, true, 42);
        // what every headless run learned: the Lab's runs must have learned exactly that, or they trained something else
        List<List<DenseWeights>> trained = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            headless(layers, data, config, trained); // JIT warm-up
        }
        Headless headlessBefore = headless(layers, data, config, trained);

        // The same run through the server's training service, saved and published, but nobody watching.
        double cpuBefore = CpuClock.trainingThreads();
        double unwatchedServerBefore = CpuClock.process();
        Map<String, Long> unwatchedThreadsBefore = CpuClock.jvmThreads();
        long[] unwatchedSchedule = CpuClock.trainingSchedule();
        long unwatchedId = launcher.launch("unwatched", key, options.withValidation(0.0, 1), layers, config, Init.XAVIER,
                bench, null);
        while (training.isLive(unwatchedId)) {
            Thread.sleep(20);
        }
        double unwatched = EPOCHS / runSeconds(bench, unwatchedId);
        double unwatchedCpu = (CpuClock.trainingThreads() - cpuBefore) / EPOCHS;
        System.out.println("LAB-BENCH service, nobody watching: " + otherThreads(unwatchedServerBefore,
                CpuClock.trainingThreads() - cpuBefore, unwatchedThreadsBefore) + "; "
                + CpuClock.schedule(unwatchedSchedule, CpuClock.trainingSchedule()));

        // Lab runs first warm the server's push path up (the JIT compiles it), as in a server that has run a while
        for (int i = 1; i <= WARM_UPS; i++) {
            lab(Browser.startOnCpu(1, false), bench, "warm-up " + i, false);
        }
        // This machine's speed drifts by tens of per cent within minutes: each Lab run is set against the faster of the
        // headless runs just before and just after it.
        List<Bracketed> measured = new ArrayList<>();
        measured.add(bracketed(() -> Browser.startAsAStudent(false), bench, "Chromium free on the same 2 cores", false, layers,
                data, config, trained));
        measured.add(bracketed(() -> Browser.startOnCpu(1, false), bench, "Chromium kept to CPU 1 at normal priority", false,
                layers, data, config, trained));
        List<Bracketed> yielding = series("Chromium kept to CPU 1, yielding to the server (as if on the student's own "
                + "computer)", false, bench, layers, data, config, trained);
        List<Bracketed> stopped = BROWSER_STOPPED ? series("Chromium kept to CPU 1 and stopped while the run trains (the "
                + "server's own cost)", true, bench, layers, data, config, trained) : List.of();
        measured.addAll(yielding);
        measured.addAll(stopped);
        for (Bracketed b : measured) {
            if (!runs.finalWeights(b.lab.runId).orElseThrow().equals(trained.get(0))) {
                throw new IllegalStateException("the Lab's run (" + b.lab.where + ") did not learn the weights the headless "
                        + "runs learned: it trained something else, and its speed says nothing about the Lab's cost");
            }
        }
        System.out.println("LAB-BENCH the Lab's runs learned bit for bit the weights of the headless runs");

        System.out.println("LAB-BENCH the server runs in " + (developmentMode() ? "DEVELOPMENT mode (dev bundle; run with "
                + "-Pproduction,bench for the figures a school sees)" : "production mode (the production bundle)"));
        System.out.printf("LAB-BENCH headless before the service run %.0f epochs/s, %.1f µs CPU/epoch%n",
                headlessBefore.epochsPerSecond, headlessBefore.cpuPerEpoch * 1e6);
        System.out.printf("LAB-BENCH service, nobody watching: %.0f epochs/s (%.0f%%), %.1f µs CPU/epoch on the training thread%n",
                unwatched, 100 * unwatched / headlessBefore.epochsPerSecond, unwatchedCpu * 1e6);
        for (Bracketed b : measured) {
            Lab lab = b.lab;
            System.out.printf("LAB-BENCH Lab open, %s: %.0f epochs/s = %.1f%% of headless (%.0f epochs/s, the faster of %.0f "
                    + "just before and %.0f just after); %.1f µs CPU/epoch on the training thread (%.0f%% of headless's %.1f); "
                    + "Chromium used %.2f CPU-s in %.1f s (%.2f CPU-s/s before training); %d push frames = %.1f per second; "
                    + "chromedriver used %.2f CPU-s%n",
                    lab.where, lab.epochsPerSecond, 100 * b.share(), b.headless().epochsPerSecond,
                    b.before.epochsPerSecond, b.after.epochsPerSecond, lab.cpuPerEpoch * 1e6,
                    100 * lab.cpuPerEpoch / b.headless().cpuPerEpoch, b.headless().cpuPerEpoch * 1e6, lab.chromiumCpu, lab.seconds, lab.chromiumIdle, lab.frames,
                    lab.frames / lab.seconds, lab.driverCpu);
            // what a slow phase of the machine does not change: how much of the run's time the training thread ran
            System.out.printf("LAB-BENCH   the training thread ran %.0f%% of the run's wall-clock time%s%n",
                    100 * lab.cpuPerEpoch * EPOCHS / lab.seconds, b.slowLevel()
                            ? "; the training thread fell to the machine's slow level (more than 1.2 times headless's CPU "
                            + "per epoch): not counted"
                            : b.steady() ? ""
                            : "; the machine changed speed meanwhile (the headless runs differ by more than 5%, or the Lab "
                            + "outran both): not counted");
        }
        if (yielding.stream().noneMatch(Bracketed::steady)) {
            throw new IllegalStateException("the machine changed speed during every one of " + yielding.size() + " Lab runs "
                    + "with the browser yielding: no figure; run the benchmark again on a quieter machine");
        }
        for (int i = 1; i <= 2; i++) {
            busyNeighbour(layers, data, config, trained, i);
        }
        if (stopped.stream().anyMatch(Bracketed::steady)) {
            System.out.println("LAB-BENCH the server's own cost, Chromium stopped while the run trains: " + median(stopped));
        }
        System.out.println("LAB-BENCH Lab open with the browser yielding to the server: " + median(yielding));
    }

    // Lab runs, each between two headless runs, until REPEATS of them count (at most three times as many tries): all tries
    private List<Bracketed> series(String where, boolean browserStopped, Visitor bench, List<LayerSpec> layers,
            PreparedData data, TrainingConfig config, List<List<DenseWeights>> trained) throws Exception {
        List<Bracketed> tries = new ArrayList<>();
        for (int i = 1; i <= 3 * REPEATS && tries.stream().filter(Bracketed::steady).count() < REPEATS; i++) {
            tries.add(bracketed(() -> Browser.startYieldingOnCpu(1, false), bench, where + ", try " + i, browserStopped,
                    layers, data, config, trained));
        }
        return tries;
    }

    // "median M% of headless (the counted shares; N of T tries counted)" of the tries that count; of an even count, the
    // lower middle one
    private static String median(List<Bracketed> tries) {
        double[] shares = tries.stream().filter(Bracketed::steady).mapToDouble(Bracketed::share).sorted().toArray();
        return String.format("median %.1f%% of headless (%s; %d of %d tries counted)", 100 * shares[(shares.length - 1) / 2],
                Arrays.stream(shares).mapToObj(r -> String.format("%.1f%%", 100 * r)).collect(Collectors.joining(", ")),
                shares.length, tries.size());
    }

    /** A Lab run between two headless runs. */
    private record Bracketed(Headless before, Lab lab, Headless after) {
        /** The faster of the two headless runs (stricter for the Lab than their mean). */
        Headless headless() {
            return before.epochsPerSecond >= after.epochsPerSecond ? before : after;
        }

        /** The Lab run's speed as a share of {@link #headless()}'s. */
        double share() {
            return lab.epochsPerSecond / headless().epochsPerSecond;
        }

        /**
         * The machine kept its speed: the headless runs agree within {@link #STEADY}, the Lab did not outrun both, and its
         * training thread stayed at the normal level.
         */
        boolean steady() {
            double faster = headless().epochsPerSecond;
            double slower = Math.min(before.epochsPerSecond, after.epochsPerSecond);
            return faster - slower <= STEADY * faster && lab.epochsPerSecond <= faster && !slowLevel();
        }

        /** The Lab's training thread needed more than {@link #SLOW_LEVEL} times headless's CPU per epoch. */
        boolean slowLevel() {
            return lab.cpuPerEpoch > SLOW_LEVEL * headless().cpuPerEpoch;
        }
    }

    /** A headless run's speed and the CPU seconds each of its epochs took. */
    private record Headless(double epochsPerSecond, double cpuPerEpoch) {
    }

    // the browser starts after the first headless run: its start-up (a dozen processes) would slow that run
    private Bracketed bracketed(Callable<ChromeDriver> browser, Visitor bench, String where, boolean browserStopped,
            List<LayerSpec> layers, PreparedData data, TrainingConfig config, List<List<DenseWeights>> trained)
            throws Exception {
        Headless before = headless(layers, data, config, trained);
        Lab lab = lab(browser.call(), bench, where, browserStopped);
        return new Bracketed(before, lab, headless(layers, data, config, trained));
    }

    /** One Lab run's figures. */
    private record Lab(String where, long runId, double epochsPerSecond, double cpuPerEpoch, double seconds, double chromiumCpu,
            double chromiumIdle, long frames, double driverCpu) {
    }

    // the engine alone, on this thread; the weights it learned go into trained
    private static Headless headless(List<LayerSpec> layers, PreparedData data, TrainingConfig config,
            List<List<DenseWeights>> trained)
            throws java.io.IOException {
        long[][] interrupts = CpuClock.interrupts();
        long[] faults = CpuClock.currentThreadFaults();
        long start = System.nanoTime();
        double cpu = CpuClock.currentThread();
        Network network = Network.create(new NetworkSpec(2, layers), Init.XAVIER, 42);
        new Trainer().fit(network, data.train(), config, TrainingListener.NONE, new RunControl());
        double seconds = (System.nanoTime() - start) / 1e9;
        trained.add(network.weights());
        System.out.printf("LAB-BENCH headless: %.0f epochs/s; %s; %s%n", EPOCHS / seconds,
                CpuClock.faults(faults, CpuClock.currentThreadFaults()), CpuClock.interrupts(interrupts, CpuClock.interrupts(), seconds));
        return new Headless(EPOCHS / seconds, (CpuClock.currentThread() - cpu) / EPOCHS);
    }

    /*
     * The control: headless training while a page that has nothing to do with Chainrule animates a canvas in Chromium on
     * CPU 1, yielding (as the Lab's browser), against the headless runs just before and after. The server does no work for
     * it: what this costs the training is what a browser busy on the other core costs on this machine by itself (its two
     * cores are not independent of each other for such work), not the Lab's doing.
     */
    private static void busyNeighbour(List<LayerSpec> layers, PreparedData data, TrainingConfig config,
            List<List<DenseWeights>> trained, int i) throws Exception {
        Headless before = headless(layers, data, config, trained);
        ChromeDriver driver = Browser.startYieldingOnCpu(1, false);
        Headless beside;
        double chromium;
        double seconds;
        try {
            long browser = CpuClock.browserPid(driver);
            driver.get("data:text/html;charset=utf-8," + java.net.URLEncoder.encode(ANIMATION, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            Thread.sleep(1000);
            double chromiumBefore = CpuClock.chromium(browser);
            long start = System.nanoTime();
            beside = headless(layers, data, config, trained);
            seconds = (System.nanoTime() - start) / 1e9;
            chromium = CpuClock.chromium(browser) - chromiumBefore;
        } finally {
            driver.quit();
        }
        Headless after = headless(layers, data, config, trained);
        double faster = Math.max(before.epochsPerSecond, after.epochsPerSecond);
        double slower = Math.min(before.epochsPerSecond, after.epochsPerSecond);
        System.out.printf("LAB-BENCH control %d: headless with an unrelated page animating in Chromium on CPU 1 (yielding, no "
                + "server work): %.0f epochs/s = %.1f%% of headless (the faster of %.0f before and %.0f after%s); %.1f µs "
                + "CPU/epoch (%.0f%% of headless's); Chromium used %.2f CPU-s in %.1f s%n", i, beside.epochsPerSecond,
                100 * beside.epochsPerSecond / faster, before.epochsPerSecond, after.epochsPerSecond,
                faster - slower <= STEADY * faster ? "" : "; the machine changed speed meanwhile",
                beside.cpuPerEpoch * 1e6, 100 * beside.cpuPerEpoch
                        / (before.epochsPerSecond >= after.epochsPerSecond ? before : after).cpuPerEpoch, chromium, seconds);
    }

    // a canvas of 1280 × 700 repainted in coloured squares, and some JSON made, on every animation frame
    private static final String ANIMATION = """
            <html><body style="margin:0"><canvas id="c" width="1280" height="700"></canvas><script>
            const c = document.getElementById('c').getContext('2d');
            let t = 0;
            function frame() {
              t++;
              for (let i = 0; i < 2000; i++) {
                c.fillStyle = 'hsl(' + ((i + t) % 360) + ',70%,50%)';
                c.fillRect(Math.random() * 1280, Math.random() * 700, 6, 6);
              }
              const rows = [];
              for (let i = 0; i < 20000; i++) rows.push({ v: Math.sin(i + t) });
              JSON.stringify(rows);
              requestAnimationFrame(frame);
            }
            frame();
            </script></body></html>
            """;

    // Sets up the playground run in the Lab as a person would, trains it with the charts live (or with the browser
    // stopped until the run has trained, then catching up), then quits the browser.
    private Lab lab(ChromeDriver driver, Visitor bench, String where, boolean browserStopped) throws Exception {
        labRuns++;
        long browser = CpuClock.browserPid(driver);
        long chromedriver = CpuClock.parentPid(browser);
        try {
            Dom dom = new Dom(loggedIn(driver));
            // push frames counted by the page itself: the browser's network log would copy each one for chromedriver,
            // on the page's main thread, which the Lab itself does not ask of a student's browser
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COUNT_FRAMES));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TIME_DRAWS));
            driver.get("http://localhost:" + port + "/lab");
            By epochs = By.xpath("//vaadin-text-field[label[normalize-space(.)='Epochs']]");
            dom.await().until(d -> !d.findElements(epochs).isEmpty());
            dom.choose(driver.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Dataset']]")), "w2_circles");
            // the Lab's default pace is for watching (100 epochs/s): measured is what full speed costs
            dom.choose(driver.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Speed']]")), "Full speed");
            dom.click(driver.findElement(By.id("lab-tab-training"))); // the settings share the column with the builder
            dom.choose(driver.findElement(By.xpath("//vaadin-select[label[normalize-space(.)='Loss']]")), "bce");
            dom.type(driver.findElement(By.xpath("//vaadin-text-field[label[normalize-space(.)='Batch size']]")), "10");
            dom.type(driver.findElement(By.xpath("//vaadin-text-field[label[normalize-space(.)='Validation share']]")), "0");
            dom.type(driver.findElement(epochs), String.valueOf(EPOCHS));
            // what the page costs the browser before anything trains
            double idleBefore = CpuClock.chromium(browser);
            Thread.sleep(3000);
            double idle = (CpuClock.chromium(browser) - idleBefore) / 3;
            long framesBefore = frames(driver);
            double cpuBefore = CpuClock.trainingThreads();
            double serverBefore = CpuClock.process();
            Map<String, Long> threadsBefore = CpuClock.jvmThreads();
            long[] scheduleBefore = CpuClock.trainingSchedule();
            Map<String, Double> chromiumBefore = CpuClock.chromiumByKind(browser);
            double driverBefore = CpuClock.processAlone(chromedriver);
            driver.executeCdpCommand("Performance.enable", Map.of());
            Map<String, Double> pageBefore = pageMetrics(driver);
            String profile = System.getProperty("lab.profile");
            if (profile != null) {
                driver.executeCdpCommand("Profiler.enable", Map.of());
                driver.executeCdpCommand("Profiler.start", Map.of());
            }
            long[][] interruptsBefore = CpuClock.interrupts();
            long upAtStart = ManagementFactory.getRuntimeMXBean().getUptime();
            driver.executeScript("window.chainruleDraws = {}");
            long newestBefore = newestRun(bench);
            dom.click(dom.button("Train"));
            if (browserStopped) {
                trainWithBrowserStopped(browser, bench, newestBefore);
            }
            // The page tells when the run has completed: polling it from here would be two DevTools commands every
            // half second on the page's main thread (0.3 s of a 4-second run, measured), work a student's browser does not
            // do. A long run on a machine busy with other work can take minutes: wait as if at 200 epochs a second.
            driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(Math.max(60, EPOCHS / 200)));
            driver.executeAsyncScript(AWAIT_COMPLETED);
            if (driver.executeScript("return document.querySelector('chainrule-network').neuronPicture(1, 0)") == null) {
                throw new IllegalStateException("the Lab's diagram showed no neuron pictures: these figures would be without them");
            }
            long[][] interruptsAfter = CpuClock.interrupts();
            double upSeconds = (ManagementFactory.getRuntimeMXBean().getUptime() - upAtStart) / 1e3;
            double driverCpu = CpuClock.processAlone(chromedriver) - driverBefore;
            if (profile != null) {
                Object saved = driver.executeCdpCommand("Profiler.stop", Map.of()).get("profile");
                java.nio.file.Files.writeString(java.nio.file.Path.of(profile + "-" + labRuns + ".cpuprofile"),
                        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(saved));
            }
            double cpu = CpuClock.trainingThreads() - cpuBefore;
            String others = otherThreads(serverBefore, cpu, threadsBefore) + "; "
                    + CpuClock.schedule(scheduleBefore, CpuClock.trainingSchedule()) + "; "
                    + CpuClock.interrupts(interruptsBefore, interruptsAfter, upSeconds);
            Map<String, Double> chromiumAfter = CpuClock.chromiumByKind(browser);
            double chromium = 0;
            StringBuilder kinds = new StringBuilder();
            for (Map.Entry<String, Double> kind : chromiumAfter.entrySet()) {
                double used = kind.getValue() - chromiumBefore.getOrDefault(kind.getKey(), 0.0);
                chromium += used;
                kinds.append(String.format(" %s %.2f s", kind.getKey(), used));
            }
            Map<String, Double> pageAfter = pageMetrics(driver);
            StringBuilder page = new StringBuilder();
            for (String m : List.of("TaskDuration", "ScriptDuration", "TaskOtherDuration", "LayoutDuration",
                    "RecalcStyleDuration", "DevToolsCommandDuration", "ThreadTime", "ProcessTime")) {
                page.append(String.format(" %s %.2f s", m, pageAfter.getOrDefault(m, 0.0) - pageBefore.getOrDefault(m, 0.0)));
            }
            // the JVM's uptime marks the run in a -Xlog file (what the JIT compiled meanwhile, say)
            System.out.println("LAB-BENCH " + where + " (JVM uptime " + upAtStart + " to "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms): page main thread during the run:" + page
                    + "; the charts' drawing:" + drawTimes(driver) + "; Chromium's processes:" + kinds + "; " + others);
            // The run's own clock: elapsed time of its last epoch, as stored with its history.
            long id = newestRun(bench);
            double seconds = runSeconds(bench, id);
            long frames = frames(driver) - framesBefore;
            return new Lab(where, id, EPOCHS / seconds, cpu / EPOCHS, seconds, chromium, idle, frames, driverCpu);
        } finally {
            driver.quit();
        }
    }

    // Waits until the run the Train click started exists, stops the browser's processes until it has trained, then lets
    // them go on.
    private void trainWithBrowserStopped(long browser, Visitor bench, long newestBefore) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        long id;
        while ((id = newestRun(bench)) == newestBefore) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Train click started no run within 30 s");
            }
            Thread.sleep(10);
        }
        List<Long> pids = CpuClock.chromiumPids(browser);
        signal("-STOP", pids);
        try {
            while (training.isLive(id)) {
                Thread.sleep(20);
            }
        } finally {
            signal("-CONT", pids);
        }
    }

    private static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(kill.getInputStream().readAllBytes());
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill " + signal + " failed: " + output.strip());
        }
    }

    // the id of the bench person's newest run, 0 when there is none
    private long newestRun(Visitor bench) {
        var newest = runs.listNewestFirst(bench);
        return newest.isEmpty() ? 0 : newest.get(0).getId();
    }

    // What the server's threads other than the training ones used since the readings before a run, and the busiest
    // threads (the training thread among them, for scale).
    private static String otherThreads(double processBefore, double trainingCpu, Map<String, Long> threadsBefore)
            throws java.io.IOException {
        double others = CpuClock.process() - processBefore - trainingCpu;
        return String.format("the server's other threads (push, requests, epoch writer, GC, JIT) used %.2f CPU-s = %.1f µs "
                + "per epoch", others, others / EPOCHS * 1e6) + "; busiest threads: "
                + CpuClock.busiest(threadsBefore, CpuClock.jvmThreads(), 10);
    }

    // Chromium's own counters for the page's main thread (seconds, cumulative)
    @SuppressWarnings("unchecked")
    private static Map<String, Double> pageMetrics(ChromeDriver driver) {
        Map<String, Double> values = new java.util.HashMap<>();
        var metrics = (List<Map<String, Object>>) driver.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics");
        for (Map<String, Object> m : metrics) {
            values.put((String) m.get("name"), ((Number) m.get("value")).doubleValue());
        }
        return values;
    }

    private double runSeconds(Visitor owner, long id) {
        List<dev.chainrule.run.EpochRecord> history = runs.details(owner, id).history();
        return history.get(history.size() - 1).elapsedMs() / 1000.0;
    }

    // Counts the messages every WebSocket of the page receives, in window.chainruleBenchFrames.
    private static final String COUNT_FRAMES = """
            (() => {
              const Native = window.WebSocket;
              window.chainruleBenchFrames = 0;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', () => window.chainruleBenchFrames++);
                }
              };
            })();
            """;

    // Calls back once the run's status line says Completed: looked at on each change of the page, not on a timer.
    private static final String AWAIT_COMPLETED = """
            const done = arguments[arguments.length - 1];
            const completed = () => {
              const status = document.querySelector('.run-status');
              return status !== null && status.textContent.startsWith('Completed');
            };
            if (completed()) {
              done();
            } else {
              const watcher = new MutationObserver(() => {
                if (completed()) {
                  watcher.disconnect();
                  done();
                }
              });
              watcher.observe(document.body, { subtree: true, childList: true, characterData: true });
            }
            """;

    /*
     * Times what each chart element does on the page's main thread (window.chainruleDraws: calls and milliseconds of
     * wall-clock time, keyed by element, method and, for _draw, the element's size): which of the Lab's pictures costs
     * the student's computer what. Wraps the methods as each element is defined, before the page's scripts run.
     */
    private static final String TIME_DRAWS = """
            (() => {
              window.chainruleDraws = {};
              const define = customElements.define.bind(customElements);
              customElements.define = (name, element, options) => {
                for (const m of ['_draw', 'appendPoints', 'setGrid', 'setPoints', 'setWeights', 'setPictures']) {
                  const f = element.prototype[m];
                  if (typeof f !== 'function') continue;
                  element.prototype[m] = function (...args) {
                    const start = performance.now();
                    try {
                      return f.apply(this, args);
                    } finally {
                      const key = name + '.' + m + (m === '_draw' ? ' ' + this.clientWidth + '×' + this.clientHeight : '');
                      const d = window.chainruleDraws[key] || (window.chainruleDraws[key] = [0, 0]);
                      d[0]++;
                      d[1] += performance.now() - start;
                    }
                  };
                }
                return define(name, element, options);
              };
            })();
            """;

    // " element.method [size]: N calls, M ms" for each timed method since the counts were last emptied
    private static String drawTimes(ChromeDriver driver) {
        Map<?, ?> draws = (Map<?, ?>) driver.executeScript("return window.chainruleDraws || {}");
        StringBuilder out = new StringBuilder();
        draws.forEach((key, value) -> {
            List<?> d = (List<?>) value;
            out.append(String.format(" %s: %d calls, %.0f ms", key, ((Number) d.get(0)).intValue(),
                    ((Number) d.get(1)).doubleValue()));
        });
        return out.toString();
    }

    private static long frames(ChromeDriver driver) {
        return ((Number) driver.executeScript("return window.chainruleBenchFrames || 0")).longValue();
    }
}
