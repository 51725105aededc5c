package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.SeedSpecs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Seed-page runs have an owner too (issue 10, item 7): one person cannot fill every slot. */
@SpringBootTest
@ActiveProfiles("test")
class RunOwnerTest {
    @Autowired
    TrainingService training;
    @Autowired
    AccountService accounts;

    @Test
    void aPersonsThirdSeedRunIsRefusedWhileTwoTrainAndSomeoneElseMayStillStart() {
        long a = training.start(People.person(accounts, "person a"), SeedSpecs.seedSpec(100_000), 200);
        long b = training.start(People.person(accounts, "person a"), SeedSpecs.seedSpec(100_000), 200);
        long c = -1;
        try {
            assertThatThrownBy(() -> training.start(People.person(accounts, "person a"), SeedSpecs.seedSpec(100_000), 200))
                    .isInstanceOf(TrainingRejectedException.class)
                    .hasMessageContaining("You already have " + TrainingService.MAX_RUNS_PER_OWNER + " runs training");
            c = training.start(People.person(accounts, "person b"), SeedSpecs.seedSpec(100_000), 200);
            assertThat(training.isLive(c)).isTrue();
        } finally {
            training.stop(People.person(accounts, "person a"), a);
            training.stop(People.person(accounts, "person a"), b);
            if (c >= 0) {
                training.stop(People.person(accounts, "person b"), c);
            }
        }
    }
}
