package dev.chainrule.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Which arguments the jar treats as a command, and what a mistyped command gets. */
class ChainruleCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aMistypedCommandPrintsTheUsageAndExitsWithTwoInsteadOfStartingTheServer() {
        assertThat(ChainruleCli.handles(new String[] {"exprt"})).isTrue();

        int code = ChainruleCli.run(new String[] {"exprt"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("exprt").contains("Usage: chainrule").contains("train").contains("bench");
    }

    @Test
    void serverOptionsAndNoArgumentsStartTheServer() {
        assertThat(ChainruleCli.handles(new String[0])).isFalse();
        assertThat(ChainruleCli.handles(new String[] {"--server.port=9090"})).isFalse();
        assertThat(ChainruleCli.handles(new String[] {"train", "--experiment", "x.json"})).isTrue();
        assertThat(ChainruleCli.handles(new String[] {"--help"})).isTrue();
    }
}
