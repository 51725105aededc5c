package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunStore;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * When the end of a run cannot be stored, the run ends failed with the reason instead of reading
 * "running" for ever: it leaves the live runs, Stop does nothing harmful and Delete works.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StoringFailureTest {
    @Autowired
    AccountService accounts;

    private Visitor me() {
        return People.person(accounts, "tester");
    }

    @MockitoSpyBean
    RunStore store;

    @Autowired
    TrainingService training;

    @Autowired
    RunService runs;

    @Test
    void storingTheOutcomeFailsSoTheRunEndsFailedWithTheReasonAndDeleteWorks() {
        doThrow(new DataIntegrityViolationException("could not execute statement", new SQLException(
                "Value too long for column \"FINAL_WEIGHTS_BIN\"\nSQL statement:\nUPDATE run SET ...")))
                .when(store).markFinished(anyLong(), any(), any(), any(), any());

        long id = training.start(me(), SeedSpecs.seedSpec(50), 0);
        long deadline = System.currentTimeMillis() + 30_000;
        while (training.isLive(id) && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(training.isLive(id)).as("the run has left the live runs").isFalse();

        Run run = runs.details(me(), id).run();
        assertThat(run.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(run.getMessage()).isEqualTo(
                "The run's result could not be stored: Value too long for column \"FINAL_WEIGHTS_BIN\"");
        assertThat(run.getEpochsDone()).isEqualTo(50);
        assertThat(run.getFinishedAt()).isNotNull();
        assertThat(runs.details(me(), id).history()).hasSize(50);

        training.stop(me(), id); // nothing to stop any more, and no error
        runs.delete(me(), id);
        assertThatThrownBy(() -> runs.details(me(), id)).isInstanceOf(RunNotFoundException.class);
    }
}
