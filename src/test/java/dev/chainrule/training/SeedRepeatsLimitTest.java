package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.RunService;
import dev.chainrule.share.SharedRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Repeats count against a person's limit of runs at once, like the Lab's: those that start keep training. */
@SpringBootTest
@ActiveProfiles("test")
class SeedRepeatsLimitTest {
    @Autowired
    SeedRepeats repeats;
    @Autowired
    RunLauncher launcher;
    @Autowired
    TrainingService training;
    @Autowired
    RunService runs;
    @Autowired
    AccountService accounts;

    @Test
    void whenTheLimitRefusesTheThirdTheFirstTwoTrainAndTheMessageSaysHowManyAndWhy() throws InterruptedException {
        Visitor ada = People.person(accounts, "ada at the limit");
        long original = SharedRuns.train(launcher, ada, "builtin:spirals", "Long spirals", 100_000);
        training.stop(ada, original);
        waitUntilEnded(original);

        RepeatsRefusedException refused = catchThrowableOfType(() -> repeats.repeat(ada, original, 3),
                RepeatsRefusedException.class);
        try {
            assertThat(refused.started()).hasSize(2).allSatisfy(id -> assertThat(training.isLive(id)).isTrue());
            assertThat(refused).hasMessage("2 of the 3 repeats started (seeds 12, 13); the other 1 did not. "
                    + "You already have 2 runs training. Wait for one to finish, or stop one, then try again. "
                    + "Repeating again later goes on with the next seed, 14.");
            assertThat(runs.listNewestFirst(ada)).hasSize(3);

            RepeatsRefusedException none = catchThrowableOfType(() -> repeats.repeat(ada, original, 1),
                    RepeatsRefusedException.class);
            assertThat(none.started()).isEmpty();
            assertThat(none).hasMessageStartingWith("The repeat did not start. You already have 2 runs training.");
        } finally {
            for (long id : refused.started()) {
                training.stop(ada, id);
            }
        }
        for (long id : refused.started()) {
            waitUntilEnded(id);
        }
    }

    private void waitUntilEnded(long id) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (training.isLive(id) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(training.isLive(id)).as("run %d ended", id).isFalse();
    }
}
