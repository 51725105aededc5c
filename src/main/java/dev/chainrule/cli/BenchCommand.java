package dev.chainrule.cli;

import dev.chainrule.bench.BenchResult;
import dev.chainrule.bench.WorkloadBench;
import dev.chainrule.engine.linalg.MatrixProducts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench --workload w1|w2|w3|w4|all --data-dir DIR}: the reference workloads of
 * ../shared/bench on this engine, one JSON line each on stdout; details on stderr.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the engine on the reference workloads (one JSON line per workload).")
final class BenchCommand implements Callable<Integer> {
    private static final List<String> WORKLOADS = List.of("w1", "w2", "w3", "w4");

    @Spec
    CommandSpec spec;

    @Option(names = "--workload", defaultValue = "all", paramLabel = "ID", description = "w1, w2, w3, w4 or all")
    String workload;

    @Option(names = "--data-dir", defaultValue = "../shared/bench/data", paramLabel = "DIR",
            description = "the reference data (w2_circles.csv, w3_digits_*.csv, init weights)")
    Path dataDir;

    @Override
    public Integer call() {
        List<String> chosen = workload.equals("all") ? WORKLOADS : List.of(workload);
        if (!WORKLOADS.containsAll(chosen)) {
            spec.commandLine().getErr().println("error: --workload must be w1, w2, w3, w4 or all, was " + workload);
            return ExitCodes.BAD_INPUT;
        }
        if (!Files.isDirectory(dataDir)) {
            spec.commandLine().getErr().println("error: --data-dir: no such folder: " + dataDir);
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getErr().println("matrix products: " + MatrixProducts.implementationName());
        for (String w : chosen) {
            BenchResult result = WorkloadBench.run(w, dataDir);
            spec.commandLine().getOut().println(result.toJsonLine());
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println(result.details());
        }
        return ExitCodes.OK;
    }
}
