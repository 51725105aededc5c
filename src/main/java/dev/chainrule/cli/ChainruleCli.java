package dev.chainrule.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The headless commands of the same jar that serves the app: {@code train}, {@code export} and {@code bench}.
 * They use the engine directly and never start the web server or touch the database.
 */
@Command(name = "chainrule", mixinStandardHelpOptions = true, version = "Chainrule 0.1",
        description = "Train, export and benchmark Chainrule networks from the command line.",
        subcommands = {TrainCommand.class, ExportCommand.class, BenchCommand.class})
public final class ChainruleCli {
    private static final Set<String> COMMANDS = Set.of("train", "export", "bench", "--help", "-h", "--version", "-V");

    private ChainruleCli() {
    }

    /**
     * True when the first program argument is a command rather than a server option: the server takes
     * only options ({@code --server.port=9090}), so any other word is a command, and a mistyped one
     * ({@code exprt}) gets the usage and exit code 2 instead of starting the web server.
     */
    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || !args[0].startsWith("-"));
    }

    /** Runs a command and returns its exit code (docs/FORMATS.md in the project: 0 ok, 2 bad input, 3 diverged, 1 other). */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Same, writing to the given streams (tests read them). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ChainruleCli());
        cli.setOut(out);
        cli.setErr(err);
        // A mistyped option is bad input: one line and exit code 2, like a bad file.
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            if (e.getCommandLine() == cli) {
                // no such command: say which there are
                cli.usage(e.getCommandLine().getErr());
            }
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e);
            return ExitCodes.OTHER;
        });
        return cli.execute(args);
    }
}
