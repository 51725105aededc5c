package dev.chainrule.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** CPU time of the server's training threads and of Chromium's processes, for the benchmarks. */
final class CpuClock {
    // Linux reports process times in clock ticks of 1/100 s (USER_HZ)
    private static final double TICK_SECONDS = 0.01;

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

    /** Seconds of CPU used so far by the current thread. */
    static double currentThread() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    }

    /**
     * Seconds of CPU (user + system) used so far by one browser: the process {@code rootPid}
     * and all its descendants (renderers, GPU and utility processes), not other browsers on the machine.
     */
    static double chromium(long rootPid) throws IOException {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) processes.filter(d -> d.getFileName().toString().matches("\\d+"))::iterator) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // fields after the command name in parentheses: state is field 3, ppid 4, utime 14, stime 15
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(p.getFileName().toString());
                    parents.put(pid, Long.parseLong(fields[1]));
                    ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException e) {
                    // the process ended meanwhile
                }
            }
        }
        long total = 0;
        for (Map.Entry<Long, Long> e : ticks.entrySet()) {
            for (Long pid = e.getKey(); pid != null && pid > 1; pid = parents.get(pid)) {
                if (pid == rootPid) {
                    total += e.getValue();
                    break;
                }
            }
        }
        return total * TICK_SECONDS;
    }

    /** The process id of the browser a driver started. */
    static long browserPid(org.openqa.selenium.chrome.ChromeDriver driver) {
        return ((Number) driver.getCapabilities().getCapability("goog:processID")).longValue();
    }
}
