package dev.chainrule.cli;

import dev.chainrule.bench.BenchResult;
import dev.chainrule.bench.WorkloadBench;
import dev.chainrule.engine.linalg.MatrixProducts;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench --workload w1|w2|w3|w4|all --data-dir DIR}: the reference workloads of
 * ../shared/bench on this engine, one JSON line each on stdout; details on stderr.
 *
 * <p>With several workloads, each runs in a JVM of its own (started like this one), as the
 * reference's run_all.py runs each script in a process of its own: in one JVM, a workload would
 * be timed on code the JIT had compiled for the workloads before it (other activations, losses
 * and optimizers at the same call sites). {@code --same-jvm} runs them all here instead.
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

    @Option(names = "--same-jvm", description = "run all workloads in this JVM, one after the other")
    boolean sameJvm;

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
        if (chosen.size() > 1 && !sameJvm) {
            return eachInItsOwnJvm(chosen);
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

    // this JVM's java, options and entry point (the jar, or the main class on the class path), once per workload
    private int eachInItsOwnJvm(List<String> chosen) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String launched = System.getProperty("sun.java.command", "").split(" ")[0];
        List<String> entry = launched.endsWith(".jar") ? List.of("-jar", launched)
                : List.of("-cp", System.getProperty("java.class.path"), launched);
        for (String w : chosen) {
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.addAll(entry);
            command.addAll(List.of("bench", "--workload", w, "--data-dir", dataDir.toAbsolutePath().toString()));
            try {
                int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
                if (exit != ExitCodes.OK) {
                    return exit;
                }
            } catch (IOException e) {
                spec.commandLine().getErr().println("error: could not start a JVM for " + w + ": " + e.getMessage()
                        + " (use --same-jvm)");
                return ExitCodes.OTHER;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.OTHER;
            }
        }
        return ExitCodes.OK;
    }
}
