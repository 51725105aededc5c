package dev.chainrule.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.share.ShareTokens;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunRefTest {
    static final String TOKEN = "AbCdEfGhIjKlMnOpQr_-12";

    @Test
    void readsNumbersAndTokensInOrderIgnoringBlanksAndRepeats() {
        List<RunRef> refs = RunRef.parse(" 12, s:" + TOKEN + " ,,15,12,s:" + TOKEN);

        assertThat(refs).containsExactly(new RunRef.Own(12), new RunRef.Shared(TOKEN), new RunRef.Own(15));
        assertThat(refs).extracting(RunRef::key).containsExactly("12", "s:" + TOKEN, "15");
        assertThat(RunRef.parameter(refs)).isEqualTo("12,s:" + TOKEN + ",15");
        assertThat(RunRef.parse(RunRef.parameter(refs))).isEqualTo(refs);
        assertThat(TOKEN).hasSize(ShareTokens.LENGTH);
    }

    @Test
    void nothingNamedIsNoRuns() {
        assertThat(RunRef.parse(null)).isEmpty();
        assertThat(RunRef.parse(" , ,")).isEmpty();
    }

    @Test
    void anEntryThatIsNeitherANumberNorATokenIsNamedAndWhatToDoIsSaid() {
        for (String bad : List.of("12,abc", "0", "-3", "012", "1.5", "99999999999999999999")) {
            assertThatThrownBy(() -> RunRef.parse(bad)).isInstanceOf(ComparisonRequestException.class)
                    .hasMessageContaining("neither a run number").hasMessageContaining("Choose the runs again");
        }
        assertThatThrownBy(() -> RunRef.parse("s:short")).isInstanceOf(ComparisonRequestException.class)
                .hasMessageContaining("'short' is not one").hasMessageContaining("Copy the link again");
    }

    @Test
    void aHostileEntryIsShownQuotedOnOneLineAndCut() {
        String hostile = "<img src=x onerror=alert(1)>\n" + "x".repeat(500);

        assertThatThrownBy(() -> RunRef.parse("3," + hostile)).isInstanceOf(ComparisonRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("x".repeat(100))
                        .contains("'<img src=x onerror=alert(1)>\\n"));
    }

    @Test
    void fiftyRunsAreComparedAndFiftyOneAreTooMany() {
        String fifty = IntStream.rangeClosed(1, 50).mapToObj(Integer::toString).collect(Collectors.joining(","));

        assertThat(RunRef.parse(fifty)).hasSize(Comparison.MAX_RUNS);
        assertThat(RunRef.parse(fifty + ",50")).hasSize(50);
        assertThatThrownBy(() -> RunRef.parse(fifty + ",51")).isInstanceOf(ComparisonRequestException.class)
                .hasMessageContaining("names 51 runs; at most 50").hasMessageContaining("Choose fewer runs");
    }
}
