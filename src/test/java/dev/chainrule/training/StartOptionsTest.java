package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.Visitor;
import dev.chainrule.training.pool.Share;
import org.junit.jupiter.api.Test;

/** A run's group for the fair share: the starter's own unless a class is named; priority only when asked. */
class StartOptionsTest {
    private final Visitor student = Visitor.person(42, "Ada");

    @Test
    void theFourArgumentOptionsPutARunInItsStartersOwnGroupWithoutPriority() {
        StartOptions options = new StartOptions(10, student, 7L, 3L);
        assertThat(options.group()).isEqualTo("account:42");
        assertThat(options.priority()).isFalse();
        assertThat(options.share()).isEqualTo(new Share("account:42", false));
        assertThat(new StartOptions(0, Visitor.anonymous("browser-1"), null, null).group())
                .isEqualTo("session:browser-1");
    }

    @Test
    void aClassAndPriorityAreKeptWithEverythingElse() {
        StartOptions options = new StartOptions(10, student, 7L, 3L).inGroup("class:12").withPriority(true);
        assertThat(options).isEqualTo(new StartOptions(10, student, 7L, 3L, "class:12", true));
        assertThat(options.share()).isEqualTo(new Share("class:12", true));
        assertThat(options.inGroup(null).group()).as("null: the starter's own group again").isEqualTo("account:42");
    }

    @Test
    void aBlankOrOverlongGroupIsRefusedSayingWhatAGroupIs() {
        assertThatThrownBy(() -> new StartOptions(0, student, null, null, " ", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e.g. class:12");
        assertThatThrownBy(() -> new StartOptions(0, student, null, null).inGroup("x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 200 characters");
    }
}
