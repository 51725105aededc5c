package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aPersonsThirdSeedRunIsRefusedWhileTwoTrainAndSomeoneElseMayStillStart() {
        long a = training.start(SeedSpecs.seedSpec(100_000), 200, "session-a");
        long b = training.start(SeedSpecs.seedSpec(100_000), 200, "session-a");
        long c = -1;
        try {
            assertThatThrownBy(() -> training.start(SeedSpecs.seedSpec(100_000), 200, "session-a"))
                    .isInstanceOf(TrainingRejectedException.class)
                    .hasMessageContaining("You already have " + TrainingService.MAX_RUNS_PER_OWNER + " runs training");
            c = training.start(SeedSpecs.seedSpec(100_000), 200, "session-b");
            assertThat(training.isLive(c)).isTrue();
        } finally {
            training.stop(a);
            training.stop(b);
            if (c >= 0) {
                training.stop(c);
            }
        }
    }
}
