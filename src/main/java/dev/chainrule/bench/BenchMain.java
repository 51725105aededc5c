package dev.chainrule.bench;

import dev.chainrule.engine.linalg.MatrixProducts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the reference workloads and prints one JSON line per workload on stdout
 * ({@link BenchResult#toJsonLine()}); details, the BLAS in use and the machine's noise go to
 * stderr.
 *
 * <pre>
 *   OPENBLAS_NUM_THREADS=1 java [--add-modules jdk.incubator.vector] -cp target/classes:$(cat cp.txt) \
 *       dev.chainrule.bench.BenchMain --workload all --data-dir ../shared/bench/data
 * </pre>
 * Options: {@code --workload w1|w2|w3|w4|all} (default all), {@code --data-dir DIR}
 * (default ../shared/bench/data), {@code --rounds N} (default 1: the whole list N times, in
 * one JVM, interleaved). The system property {@code chainrule.blas=auto|native|java|plain}
 * selects the product implementation.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        String workload = "all";
        int rounds = 1;
        Path dataDir = Path.of("..", "shared", "bench", "data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workload" -> workload = value(args, ++i);
                case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
                case "-h", "--help" -> {
                    System.out.println("usage: BenchMain [--workload w1|w2|w3|w4|all] [--data-dir DIR] [--rounds N]");
                    return;
                }
                default -> usage("unknown argument " + args[i]);
            }
        }
        List<String> workloads = workload.equals("all") ? List.of("w1", "w2", "w3", "w4") : List.of(workload);
        for (String w : workloads) {
            if (!List.of("w1", "w2", "w3", "w4").contains(w)) {
                usage("unknown workload " + w);
            }
        }
        System.err.println("matrix products: " + MatrixProducts.implementationName());
        System.err.println("OPENBLAS_NUM_THREADS=" + System.getenv("OPENBLAS_NUM_THREADS") + ", java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cpus");
        for (int round = 0; round < rounds; round++) {
            runAll(workloads, dataDir);
        }
    }

    private static void runAll(List<String> workloads, Path dataDir) {
        for (String w : workloads) {
            CpuMeter meter = CpuMeter.start();
            BenchResult result = WorkloadBench.run(w, dataDir);
            System.out.println(result.toJsonLine());
            System.err.println(result.details() + meter.stop());
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String message) {
        System.err.println(message + "\nusage: BenchMain [--workload w1|w2|w3|w4|all] [--data-dir DIR]");
        System.exit(2);
    }

    /**
     * The machine's noise while a workload ran: the share of the machine's CPU time used by
     * other processes (0.5 = one of 2 cores), from /proc/stat and this JVM's own CPU time, as
     * the reference README's "foreign CPU share". Empty where /proc/stat is missing.
     */
    static final class CpuMeter {
        private final long[] machineStart;
        private final long ownStart;
        private final long wallStart;

        private CpuMeter(long[] machineStart, long ownStart, long wallStart) {
            this.machineStart = machineStart;
            this.ownStart = ownStart;
            this.wallStart = wallStart;
        }

        static CpuMeter start() {
            return new CpuMeter(machineJiffies(), ownCpuNanos(), System.nanoTime());
        }

        String stop() {
            long[] machineEnd = machineJiffies();
            long own = ownCpuNanos() - ownStart;
            if (machineStart == null || machineEnd == null || own < 0) {
                return "";
            }
            double tick = 1e9 / 100; // USER_HZ is 100 on Linux
            double busy = (machineEnd[0] - machineStart[0]) * tick;
            double total = (machineEnd[1] - machineStart[1]) * tick;
            if (total <= 0) {
                return "";
            }
            double foreign = Math.max(0.0, (busy - own) / total);
            double wall = (System.nanoTime() - wallStart) / 1e9;
            return String.format(Locale.ROOT, "; foreign CPU share %.2f over %.1f s", foreign, wall);
        }

        // {busy, total} jiffies over all cpus, or null
        private static long[] machineJiffies() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
                return new long[] {total - idle, total};
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static long ownCpuNanos() {
            var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        }
    }
}
