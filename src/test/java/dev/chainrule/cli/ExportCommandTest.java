package dev.chainrule.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: what it writes, and one line with exit code 2 for each bad input (as {@code train}). */
class ExportCommandTest {
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    @Test
    void theSeedExampleBecomesAScriptAndItsRowsBesideIt() throws Exception {
        Path script = dir.resolve("seed.py");
        int code = export("--format", "pytorch", "--experiment", seed(), "--out", script.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(script)).contains("DATA_FILE = \"seed-data.csv\"", "loss.backward()",
                "optimizer.step()", "torch.optim.SGD(network.parameters(), lr=0.1)", "[[0.3, 0.7],");
        assertThat(Files.readString(dir.resolve("seed-data.csv"))).isEqualTo("x1,x2,y,set\n0.5,0.8,1.0,train\n");
        assertThat(err.toString()).contains("python3 " + script + " --out result.json");
    }

    @Test
    void aFormatItDoesNotKnowIsOneLineAndExitCodeTwo() {
        int code = export("--format", "tensorflow", "--experiment", seed(), "--out", dir.resolve("run.py").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "error: --format: \"tensorflow\" is not a format this version exports; it exports pytorch\n");
        assertThat(dir.resolve("run.py")).doesNotExist();
    }

    @Test
    void aMissingExperimentIsNamed() {
        int code = export("--format", "pytorch", "--experiment", dir.resolve("none.json").toString(), "--out",
                dir.resolve("run.py").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --experiment: no such file: ").doesNotContain("\tat ");
    }

    @Test
    void aScriptNameThatIsNotPlainOrAFolderThatIsNotThereIsRefused() {
        assertThat(export("--format", "pytorch", "--experiment", seed(), "--out", dir.resolve("my run\".py").toString()))
                .isEqualTo(2);
        assertThat(export("--format", "pytorch", "--experiment", seed(), "--out",
                dir.resolve("nowhere").resolve("run.py").toString())).isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly(
                "error: --out: \"my run\".py\" is not a plain file name: use letters, digits, '.', '-' and '_', e.g. run.py",
                "error: --out: no such folder: " + dir.resolve("nowhere"));
    }

    @Test
    void dataWithoutTheExperimentsColumnsIsOneLineNamingThem() throws Exception {
        Path csv = Files.writeString(dir.resolve("other.csv"), "a,b,y\n1,2,0.5\n");
        int code = export("--format", "pytorch", "--experiment", seed(), "--data", csv.toString(), "--out",
                dir.resolve("run.py").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: ").contains("x1").hasLineCount(1);
        assertThat(dir.resolve("run.py")).doesNotExist();
    }

    private static String seed() {
        return TrainCommandTest.EXAMPLES.resolve("seed.json").toString();
    }

    private int export(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return ChainruleCli.run(all, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    }
}
