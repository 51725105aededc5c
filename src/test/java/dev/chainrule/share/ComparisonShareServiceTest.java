package dev.chainrule.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Comparison share links (issue 12, item 8): exactly the owner's chosen runs, withdrawable, a deleted run left out. */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class ComparisonShareServiceTest {
    @Autowired
    ComparisonShareService comparisons;
    @Autowired
    RunService runs;
    @Autowired
    RunLauncher launcher;
    @Autowired
    AccountService accounts;

    Visitor ada;
    Visitor bob;
    long sgd;
    long adam;
    long bobs;

    @BeforeEach
    void adaHasTwoRunsAndBobOne() {
        ada = People.person(accounts, "ada");
        bob = People.person(accounts, "bob");
        sgd = SharedRuns.train(launcher, ada, "builtin:xor", "XOR with SGD");
        adam = SharedRuns.train(launcher, ada, "builtin:xor", "XOR with Adam");
        bobs = SharedRuns.train(launcher, bob, "builtin:xor", "Bob's XOR");
    }

    @Test
    void anyoneWithTheLinkGetsExactlyTheSharedRunsInTheirOrderAndSharingAgainGivesTheSameLink() {
        String token = comparisons.share(ada, List.of(adam, sgd, adam));

        assertThat(token).matches("[A-Za-z0-9_-]{22}");
        assertThat(comparisons.open(token)).containsExactly(adam, sgd);
        assertThat(comparisons.share(ada, List.of(adam, sgd))).isEqualTo(token);
        assertThat(comparisons.activeToken(ada, List.of(adam, sgd))).contains(token);
        assertThat(comparisons.activeToken(ada, List.of(sgd, adam))).as("another order is another comparison").isEmpty();
        assertThat(comparisons.share(ada, List.of(sgd, adam))).isNotEqualTo(token);
    }

    @Test
    void aRunOfSomeoneElseIsNotFoundAndNoLinkIsMade() {
        assertThatThrownBy(() -> comparisons.share(ada, List.of(sgd, bobs))).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> comparisons.share(bob, List.of(bobs, adam))).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> comparisons.share(ada, List.of(sgd, 987_654L))).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> comparisons.share(People.anonymous(), List.of(sgd)))
                .isInstanceOf(SignInRequiredException.class);
        assertThat(comparisons.activeToken(ada, List.of(sgd))).isEmpty();
    }

    @Test
    void noRunsOrMoreThanFiftyAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> comparisons.share(ada, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Choose at least one run to share in a comparison.");
        assertThatThrownBy(() -> comparisons.share(ada, Collections.singletonList(null)))
                .isInstanceOf(IllegalArgumentException.class);
        List<Long> many = LongStream.rangeClosed(1, 51).boxed().toList();
        assertThatThrownBy(() -> comparisons.share(ada, many)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A comparison link shows at most 50 runs; these are 51. Choose fewer runs, then share again.");
    }

    @Test
    void aWithdrawnLinkIsNotFoundForGoodAndOnlyItsOwnerMayWithdrawIt() {
        String token = comparisons.share(ada, List.of(sgd, adam));

        assertThatThrownBy(() -> comparisons.revoke(bob, token)).isInstanceOf(ShareNotFoundException.class);
        assertThatThrownBy(() -> comparisons.revoke(People.anonymous(), token)).isInstanceOf(SignInRequiredException.class);
        assertThat(comparisons.open(token)).containsExactly(sgd, adam);

        comparisons.revoke(ada, token);
        comparisons.revoke(ada, token);

        assertThatThrownBy(() -> comparisons.open(token)).isInstanceOf(ShareNotFoundException.class)
                .hasMessage("This link does not exist or was withdrawn by its owner.");
        assertThat(comparisons.activeToken(ada, List.of(sgd, adam))).isEmpty();
        String renewed = comparisons.share(ada, List.of(sgd, adam));
        assertThat(renewed).isNotEqualTo(token);
        assertThat(comparisons.open(renewed)).containsExactly(sgd, adam);
        assertThatThrownBy(() -> comparisons.open(token)).isInstanceOf(ShareNotFoundException.class);
    }

    @Test
    void malformedOrUnknownTokensAreNotFound() {
        String token = comparisons.share(ada, List.of(sgd, adam));
        for (String bad : new String[] {null, "", "abc", token + "A", "'; DROP TABLE run; --xxx", "AAAAAAAAAAAAAAAAAAAAAA"}) {
            assertThatThrownBy(() -> comparisons.open(bad)).as(String.valueOf(bad))
                    .isInstanceOf(ShareNotFoundException.class);
            assertThatThrownBy(() -> comparisons.revoke(ada, bad)).as(String.valueOf(bad))
                    .isInstanceOf(ShareNotFoundException.class);
        }
    }

    @Test
    void aRunDeletedSinceIsLeftOutAndTheOthersStillShow() {
        String token = comparisons.share(ada, List.of(sgd, adam));

        runs.delete(ada, sgd);

        assertThat(comparisons.open(token)).containsExactly(adam);
        runs.delete(ada, adam);
        assertThat(comparisons.open(token)).isEmpty();
    }
}
