package dev.chainrule.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** CPU time of the server's training threads and of Chromium's processes, for the benchmarks. */
final class CpuClock {
    // Linux reports process times in clock ticks of 1/100 s (USER_HZ)
    private static final double TICK_SECONDS = 0.01;
    // a Chromium process's kind, in its command line
    private static final Pattern PROCESS_TYPE = Pattern.compile("--type=([\\w-]+)");

    private CpuClock() {
    }

    /** Seconds of CPU used so far by this JVM's threads named training-N (the run pool). */
    static double trainingThreads() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("training-")) {
                nanos += Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    /**
     * What the scheduler did so far to this JVM's training threads (named training-N), summed: nanoseconds spent
     * runnable but waiting for a CPU, time slices run (/proc/.../schedstat), and switches away from the CPU because the
     * thread waited for something (voluntary) or was preempted (involuntary, /proc/.../status), moves between CPUs, and
     * from /proc/.../stat its minor page faults and the clock ticks it ran in user and in kernel mode (a fault, a system
     * call or an interrupt's handler: each entry into this machine's kernel costs microseconds, its host takes them).
     */
    static long[] trainingSchedule() throws IOException {
        long[] sum = new long[8];
        eachThread(t -> {
            if (!Files.readString(t.resolve("comm")).startsWith("training-")) {
                return;
            }
            String[] stat = fields(Files.readString(t.resolve("stat")));
            sum[5] += Long.parseLong(stat[7]);
            sum[6] += Long.parseLong(stat[11]);
            sum[7] += Long.parseLong(stat[12]);
            String[] sched = Files.readString(t.resolve("schedstat")).trim().split(" ");
            sum[0] += Long.parseLong(sched[1]);
            sum[1] += Long.parseLong(sched[2]);
            Path debug = t.resolve("sched"); // with the kernel's scheduler debugging only
            if (Files.exists(debug)) {
                for (String line : Files.readAllLines(debug)) {
                    if (line.startsWith("se.nr_migrations")) {
                        sum[4] += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                    }
                }
            }
            for (String line : Files.readAllLines(t.resolve("status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    sum[2] += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    sum[3] += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        });
        return sum;
    }

    /** What {@link #trainingSchedule()} counted between two readings, in words. */
    static String schedule(long[] before, long[] after) {
        return String.format("the training thread waited %.0f ms for a CPU, ran %d time slices, switched away %d times "
                + "waiting and was preempted %d times, moved between CPUs %d times, took %d minor page faults and ran "
                + "%.2f s in user mode, %.2f s in the kernel", (after[0] - before[0]) / 1e6,
                after[1] - before[1], after[2] - before[2], after[3] - before[3], after[4] - before[4],
                after[5] - before[5], (after[6] - before[6]) * TICK_SECONDS, (after[7] - before[7]) * TICK_SECONDS);
    }

    /** This thread's minor page faults and its clock ticks in user and in kernel mode so far (/proc/thread-self/stat). */
    static long[] currentThreadFaults() throws IOException {
        String[] stat = fields(Files.readString(Path.of("/proc/thread-self/stat")));
        return new long[] {Long.parseLong(stat[7]), Long.parseLong(stat[11]), Long.parseLong(stat[12])};
    }

    /** What {@link #currentThreadFaults()} counted between two readings, in words. */
    static String faults(long[] before, long[] after) {
        return String.format("%d minor page faults, %.2f s in user mode, %.2f s in the kernel", after[0] - before[0],
                (after[1] - before[1]) * TICK_SECONDS, (after[2] - before[2]) * TICK_SECONDS);
    }

    private static final List<String> INTERRUPTS = List.of("LOC", "RES", "CAL");

    /**
     * The interrupts each CPU took so far (/proc/interrupts): timer ticks (LOC), reschedule requests (RES) and function
     * calls (CAL: another CPU asks this one to flush its TLB, say). This kernel charges an interrupt's time to the thread it
     * interrupts, the training thread among them. One row per kind, one column per CPU.
     */
    static long[][] interrupts() throws IOException {
        long[][] counts = new long[INTERRUPTS.size()][];
        for (String line : Files.readAllLines(Path.of("/proc/interrupts"))) {
            String[] f = line.trim().split("\\s+");
            int kind = INTERRUPTS.indexOf(f[0].replace(":", ""));
            if (kind >= 0) {
                int cpus = Runtime.getRuntime().availableProcessors();
                counts[kind] = new long[cpus];
                for (int c = 0; c < cpus && c + 1 < f.length; c++) {
                    counts[kind][c] = Long.parseLong(f[c + 1]);
                }
            }
        }
        return counts;
    }

    /** What {@link #interrupts()} counted between two readings, per second, in words. */
    static String interrupts(long[][] before, long[][] after, double seconds) {
        StringBuilder text = new StringBuilder("interrupts per second on CPU 0/1:");
        for (int k = 0; k < INTERRUPTS.size(); k++) {
            if (before[k] == null || after[k] == null) {
                continue;
            }
            text.append(' ').append(INTERRUPTS.get(k));
            for (int c = 0; c < after[k].length; c++) {
                text.append(c == 0 ? " " : "/").append(Math.round((after[k][c] - before[k][c]) / seconds));
            }
        }
        return text.toString();
    }

    /** Seconds of CPU used so far by this whole JVM (all its threads, GC and JIT included). */
    static double process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU ticks so far of each thread of this JVM (native ones too: JIT compilers, GC), by "name/tid". */
    static Map<String, Long> jvmThreads() throws IOException {
        Map<String, Long> result = new HashMap<>();
        eachThread(t -> {
            String stat = Files.readString(t.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            result.put(name + "/" + t.getFileName(), ticks(fields(stat)));
        });
        return result;
    }

    /** Reads one thread's /proc/self/task/TID directory. */
    @FunctionalInterface
    private interface ThreadReader {
        void read(Path task) throws IOException;
    }

    // every thread of this JVM, native ones too; a thread that ends while it is read is left out
    private static void eachThread(ThreadReader reader) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    reader.read(t);
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        }
    }

    /** The busiest threads between two {@link #jvmThreads()} readings, e.g. "C2 CompilerThre 1.20 s". */
    static String busiest(Map<String, Long> before, Map<String, Long> after, int count) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey().replaceAll("/\\d+$", ""), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey,
                        java.util.stream.Collectors.summingLong(Map.Entry::getValue)))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(count)
                .map(e -> String.format("%s %.2f s", e.getKey(), e.getValue() * TICK_SECONDS))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Seconds of CPU (user + system) used so far by process {@code pid} alone, not its children. */
    static double processAlone(long pid) throws IOException {
        return ticks(statFields(pid)) * TICK_SECONDS;
    }

    /** The parent of process {@code pid} (a browser's: the chromedriver that started it). */
    static long parentPid(long pid) throws IOException {
        return Long.parseLong(statFields(pid)[1]);
    }

    private static String[] statFields(long pid) throws IOException {
        return fields(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
    }

    // the fields of a /proc/.../stat line after the command name in parentheses: state is [0], ppid [1], utime [11],
    // stime [12]
    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    // user + system CPU of a stat line's fields, in clock ticks
    private static long ticks(String[] fields) {
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Seconds of CPU used so far by the current thread. */
    static double currentThread() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    }

    /**
     * Seconds of CPU (user + system) used so far by one browser: the process {@code rootPid}
     * and all its descendants (renderers, GPU and utility processes), not other browsers on the machine.
     */
    static double chromium(long rootPid) throws IOException {
        return chromiumByKind(rootPid).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * {@link #chromium} by kind of process: its {@code --type} ("renderer", "gpu-process", "utility", …), "browser" for
     * the root process, where the page's drawing, compositing and network work is done.
     */
    static Map<String, Double> chromiumByKind(long rootPid) throws IOException {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        readProcesses(parents, ticks);
        Map<String, Double> byKind = new TreeMap<>();
        for (Map.Entry<Long, Long> e : ticks.entrySet()) {
            if (descends(e.getKey(), rootPid, parents)) {
                byKind.merge(kind(e.getKey(), rootPid), e.getValue() * TICK_SECONDS, Double::sum);
            }
        }
        return byKind;
    }

    /** The process ids of one browser: {@code rootPid} and all its descendants. */
    static List<Long> chromiumPids(long rootPid) throws IOException {
        Map<Long, Long> parents = new HashMap<>();
        readProcesses(parents, new HashMap<>());
        return parents.keySet().stream().filter(pid -> descends(pid, rootPid, parents)).sorted().toList();
    }

    // every process's parent and CPU ticks so far
    private static void readProcesses(Map<Long, Long> parents, Map<Long, Long> ticks) throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) processes.filter(d -> d.getFileName().toString().matches("\\d+"))::iterator) {
                try {
                    String[] fields = fields(Files.readString(p.resolve("stat")));
                    long pid = Long.parseLong(p.getFileName().toString());
                    parents.put(pid, Long.parseLong(fields[1]));
                    ticks.put(pid, ticks(fields));
                } catch (IOException e) {
                    // the process ended meanwhile
                }
            }
        }
    }

    // pid is rootPid or one of its descendants
    private static boolean descends(long pid, long rootPid, Map<Long, Long> parents) {
        for (Long p = pid; p != null && p > 1; p = parents.get(p)) {
            if (p == rootPid) {
                return true;
            }
        }
        return false;
    }

    // a Chromium process's --type argument, "browser" for the root
    private static String kind(long pid, long rootPid) {
        if (pid == rootPid) {
            return "browser";
        }
        try {
            // Chromium rewrites its processes' titles: the arguments may come as one string with spaces
            Matcher type = PROCESS_TYPE.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")));
            if (type.find()) {
                return type.group(1);
            }
        } catch (IOException e) {
            // the process ended meanwhile
        }
        return "other";
    }

    /** The process id of the browser a driver started. */
    static long browserPid(org.openqa.selenium.chrome.ChromeDriver driver) {
        return ((Number) driver.getCapabilities().getCapability("goog:processID")).longValue();
    }
}
