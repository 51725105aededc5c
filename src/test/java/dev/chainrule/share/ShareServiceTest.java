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
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Share links (issue 11, item 4): who may make and withdraw them, and what a token opens. */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class ShareServiceTest {
    @Autowired
    ShareService shares;
    @Autowired
    RunService runs;
    @Autowired
    RunLauncher launcher;
    @Autowired
    AccountService accounts;

    Visitor ada;
    Visitor bob;
    long run;

    @BeforeEach
    void adaHasARun() {
        ada = People.person(accounts, "ada");
        bob = People.person(accounts, "bob");
        run = SharedRuns.train(launcher, ada, "builtin:xor", "XOR for the class");
    }

    @Test
    void aTokenIs22Base64urlCharactersAndNoneRepeatsInAThousand() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = ShareTokens.next();
            assertThat(token).matches("[A-Za-z0-9_-]{22}");
            assertThat(ShareTokens.looksLikeToken(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theOwnerGetsTheSameLinkUntilTheyWithdrawItAndAnyoneCanOpenIt() {
        assertThat(shares.activeToken(ada, run)).isEmpty();
        String token = shares.share(ada, run);

        assertThat(token).hasSize(ShareTokens.LENGTH);
        assertThat(shares.share(ada, run)).isEqualTo(token);
        assertThat(shares.activeToken(ada, run)).contains(token);
        SharedRun shared = shares.open(token); // no visitor at all
        assertThat(shared.runId()).isEqualTo(run);
        assertThat(shared.title()).isEqualTo("XOR for the class");
        assertThat(shared.ownerName()).isEqualTo("ada");
        assertThat(shared.data().prepared()).isNotNull();
        assertThat(shared.dataset().name()).isEqualTo("XOR");
        assertThat(shares.currentRun(token).getFinalMetrics()).contains("trainLoss");
    }

    @Test
    void someoneElseOrAnAnonymousVisitorCanNeitherShareNorWithdraw() {
        String token = shares.share(ada, run);

        assertThatThrownBy(() -> shares.share(bob, run)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> shares.revoke(bob, run)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> shares.activeToken(bob, run)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> shares.share(People.anonymous(), run)).isInstanceOf(SignInRequiredException.class);
        assertThatThrownBy(() -> shares.revoke(People.anonymous(), run)).isInstanceOf(SignInRequiredException.class);
        assertThat(shares.open(token).runId()).isEqualTo(run);
    }

    @Test
    void aWithdrawnLinkIsNotFoundForGoodAndSharingAgainMakesANewOne() {
        String old = shares.share(ada, run);

        shares.revoke(ada, run);

        assertThat(shares.activeToken(ada, run)).isEmpty();
        assertThat(shares.isOpen(old)).isFalse();
        assertThatThrownBy(() -> shares.open(old)).isInstanceOf(ShareNotFoundException.class)
                .hasMessage("This link does not exist or was withdrawn by its owner.");
        assertThatThrownBy(() -> shares.currentRun(old)).isInstanceOf(ShareNotFoundException.class);
        String renewed = shares.share(ada, run);
        assertThat(renewed).isNotEqualTo(old).hasSize(22);
        assertThat(shares.open(renewed).runId()).isEqualTo(run);
        assertThat(shares.isOpen(renewed)).isTrue();
        assertThatThrownBy(() -> shares.open(old)).isInstanceOf(ShareNotFoundException.class);
    }

    @Test
    void malformedOrUnknownTokensAreNotFound() {
        String token = shares.share(ada, run);
        for (String bad : new String[] {null, "", "abc", token + "A", token.substring(1), "%".repeat(22),
                "'; DROP TABLE run; --xxx", "AAAAAAAAAAAAAAAAAAAAAA"}) {
            assertThatThrownBy(() -> shares.open(bad)).as(String.valueOf(bad)).isInstanceOf(ShareNotFoundException.class);
            assertThat(shares.isOpen(bad)).as(String.valueOf(bad)).isFalse();
        }
        assertThat(ShareTokens.looksLikeToken("AAAAAAAAAAAAAAAAAAAAA=")).isFalse();
        assertThat(ShareTokens.looksLikeToken("AAAAAAAAAAAAAAAAAAAAA/")).isFalse();
    }

    @Test
    void deletingTheRunKillsItsLink() {
        String token = shares.share(ada, run);

        runs.delete(ada, run);

        assertThatThrownBy(() -> shares.open(token)).isInstanceOf(ShareNotFoundException.class);
    }
}
