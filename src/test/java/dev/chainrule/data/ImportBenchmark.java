package dev.chainrule.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Imports a generated ~51 MB, 200,000 × 20 numeric CSV five times and prints the median time and
 * the heap used. A benchmark, not a test (machines differ); run it under the budget to prove it:
 *
 * <pre>
 * ./mvnw -q test-compile
 * java -Xmx300m -cp target/classes:target/test-classes:$(find ~/.m2 -name commons-csv-1.14.1.jar) \
 *     dev.chainrule.data.ImportBenchmark
 * </pre>
 * Peak heap is the sum of the heap pools' peaks during one import (an upper bound: the pools
 * need not peak together); it includes the 50 MB of file bytes held while parsing.
 */
public final class ImportBenchmark {

    private static final int ROWS = 200_000;
    private static final int COLUMNS = 20;

    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile("chainrule-bench", ".csv");
        try {
            write(file);
            ImportLimits limits = new ImportLimits(64 * ImportLimits.MEGABYTE, ROWS, 1_000, 100);
            double[] seconds = new double[5];
            RawTable kept = null;
            long[] peaks = new long[5];
            for (int run = 0; run < seconds.length; run++) {
                System.gc();
                List<MemoryPoolMXBean> pools = heapPools();
                pools.forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                byte[] bytes = Files.readAllBytes(file);
                RawTable table = CsvImporter.parse(bytes, file.getFileName().toString(), limits);
                seconds[run] = (System.nanoTime() - start) / 1e9;
                peaks[run] = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                if (table.rows() != ROWS || table.columns().size() != COLUMNS) {
                    throw new IllegalStateException("wrong shape " + table.rows() + " × " + table.columns().size());
                }
                kept = run == seconds.length - 1 ? table : null; // hold no earlier table while the next one is parsed
                System.out.printf(Locale.ROOT, "run %d: %.3f s, peak heap %d MB%n", run + 1, seconds[run], peaks[run] >> 20);
            }
            System.gc();
            long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "heap in use after GC with one imported table kept: %d MB (%d rows)%n", retained >> 20, kept.rows());
            Arrays.sort(seconds);
            Arrays.sort(peaks);
            System.out.printf(Locale.ROOT, "file %.1f MB, %d rows × %d columns: median %.3f s, max peak heap %d MB (sum of the heap pools' peaks: an upper bound that counts uncollected garbage; max heap %d MB)%n",
                    Files.size(file) / 1048576.0, ROWS, COLUMNS, seconds[2], peaks[4] >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Values like -12.345678901: about 13 characters each, so 20 columns × 200,000 rows make about 51 MB. */
    private static void write(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int j = 0; j < COLUMNS; j++) {
                out.write((j > 0 ? "," : "") + "f" + j);
            }
            out.write('\n');
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < ROWS; i++) {
                row.setLength(0);
                for (int j = 0; j < COLUMNS; j++) {
                    row.append(j > 0 ? "," : "").append(String.format(Locale.ROOT, "%.9f", random.nextDouble(-100, 100)));
                }
                out.write(row.append('\n').toString());
            }
        }
    }
}
