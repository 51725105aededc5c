package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.engine.RunControl;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.run.RunNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Only the person who started a run changes its pace or sees it among their runs still training. */
@SpringBootTest
@ActiveProfiles("test")
class PaceTest {
    @Autowired
    TrainingService training;
    @Autowired
    AccountService accounts;

    @Test
    void theOwnerChangesThePaceAndSeesTheRunListedOthersFindNeither() {
        Visitor owner = People.person(accounts, "pace owner");
        Visitor other = People.person(accounts, "someone else");
        long id = training.start(owner, SeedSpecs.seedSpec(100_000), 10);
        try {
            assertThat(training.activeRuns(owner)).singleElement().satisfies(run -> {
                assertThat(run.id()).isEqualTo(id);
                assertThat(run.epochsPerSecond()).isEqualTo(10);
                assertThat(run.totalEpochs()).isEqualTo(100_000);
                assertThat(run.inlineData()).isTrue();
            });
            assertThat(training.activeRuns(other)).isEmpty();

            training.setPace(owner, id, 0);
            assertThat(training.activeRuns(owner).get(0).epochsPerSecond()).isZero();
            assertThatThrownBy(() -> training.setPace(other, id, 1000)).isInstanceOf(RunNotFoundException.class);
            assertThat(training.activeRuns(owner).get(0).epochsPerSecond()).as("unchanged by someone else").isZero();
            assertThatThrownBy(() -> training.setPace(owner, id, -5)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("epochs per second must be 0 (full speed) or positive, was -5");
        } finally {
            training.stop(owner, id);
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (training.isLive(id) && System.currentTimeMillis() < deadline) {
            sleep(20);
        }
        assertThat(training.activeRuns(owner)).as("an ended run is no longer listed").isEmpty();
    }

    @Test
    void aWaitAtASlowPaceEndsSoonAfterASwitchToFullSpeed() throws InterruptedException {
        Pacer pacer = new Pacer(1); // a second between epochs
        RunControl control = new RunControl();
        pacer.awaitEpoch(control); // the first epoch sets the clock
        Thread switcher = new Thread(() -> {
            sleep(100);
            pacer.setEpochsPerSecond(0);
        });
        long start = System.nanoTime();
        switcher.start();
        pacer.awaitEpoch(control);
        long waitedMs = (System.nanoTime() - start) / 1_000_000L;
        switcher.join();
        assertThat(waitedMs).as("ms waited of the second a pace of 1 would take").isBetween(90L, 600L);
        assertThat(pacer.isPaced()).isFalse();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
