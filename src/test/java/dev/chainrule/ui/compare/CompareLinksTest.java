package dev.chainrule.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareLinksTest {

    @Test
    void ownRunsAndSharedRunsGoIntoOneParameterInTheirOrder() {
        assertThat(CompareLinks.of(List.of("12", "15"))).isEqualTo("compare?runs=12,15");
        assertThat(CompareLinks.of(List.of("15", "s:AAAAAAAAAAAAAAAAAAAA-_", "3")))
                .isEqualTo("compare?runs=15,s:AAAAAAAAAAAAAAAAAAAA-_,3");
        assertThat(CompareLinks.ofRuns(List.of(7L, 2L))).isEqualTo("compare?runs=7,2");
    }

    @Test
    void anythingButARunNumberOrATokenIsRefusedSoItNeverReachesAnAddress() {
        for (String bad : new String[] {"", "0", "-1", "1&x=2", "12,13", "s:short", "s:AAAAAAAAAAAAAAAAAAAAA/",
                "<script>", "1 2"}) {
            assertThatThrownBy(() -> CompareLinks.of(List.of("1", bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("\u201c" + bad + "\u201d is not a run number or a share link's token.");
        }
        assertThatThrownBy(() -> CompareLinks.of(List.of())).hasMessage("A comparison needs at least one run.");
    }
}
