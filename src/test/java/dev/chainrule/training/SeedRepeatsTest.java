package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.ui.AbstractAppTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** "Repeat with N seeds" (issue 12, item 6): runs that differ only in their seed, each derived from the original. */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class SeedRepeatsTest {
    @Autowired
    SeedRepeats repeats;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunService runs;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate database;

    Visitor ada;
    long original;

    @BeforeEach
    void adaHasARunWithSeed11() {
        database.update("DELETE FROM epoch_metric");
        database.update("DELETE FROM run");
        ada = People.person(accounts, "ada");
        original = SharedRuns.train(launcher, ada, "builtin:xor", "XOR for the class", 5);
    }

    @Test
    void threeRepeatsAreTheSameExperimentWithSeeds12To14EachDerivedFromTheOriginal() {
        List<Long> ids = repeats.repeat(ada, original, 3);

        assertThat(ids).hasSize(3).doesNotContain(original);
        RunDetails first = runs.details(ada, original);
        for (int i = 0; i < 3; i++) {
            RunDetails repeat = runs.details(ada, ids.get(i));
            long seed = 12 + i;
            assertThat(repeat.spec().training().seed()).isEqualTo(seed);
            assertThat(repeat.run().getTitle()).isEqualTo("XOR for the class \u00b7 seed " + seed);
            assertThat(repeat.run().getParentId()).isEqualTo(original);
            assertThat(repeat.run().getDatasetId()).isEqualTo(first.run().getDatasetId());
            assertThat(withoutTitleAndSeed(repeat.spec())).isEqualTo(withoutTitleAndSeed(first.spec()));
            assertThat(repeat.history()).hasSize(5);
        }
        // the seed does matter: other initial weights, another order of examples, another first loss
        assertThat(List.of(first, runs.details(ada, ids.get(0)), runs.details(ada, ids.get(1))))
                .extracting(d -> d.history().get(0).trainLoss()).doesNotHaveDuplicates();
    }

    @Test
    void repeatingAgainGoesOnWithTheNextSeedsInsteadOfTrainingOneTwice() {
        repeats.repeat(ada, original, 2);

        List<Long> more = repeats.repeat(ada, original, 2);

        assertThat(more).extracting(id -> runs.details(ada, id).spec().training().seed()).containsExactly(14L, 15L);
    }

    @Test
    void aLongTitleIsCutSoTheSeedStillShows() {
        runs.rename(ada, original, "x".repeat(RunService.MAX_TITLE_LENGTH));

        long repeat = repeats.repeat(ada, original, 1).get(0);

        String title = runs.details(ada, repeat).run().getTitle();
        assertThat(title).hasSize(RunService.MAX_TITLE_LENGTH).endsWith("x \u00b7 seed 12");
    }

    @Test
    void zeroOrElevenSeedsAreRefusedWithTheRangeAndNothingStarts() {
        for (int count : new int[] {0, 11, -3}) {
            assertThatThrownBy(() -> repeats.repeat(ada, original, count)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Choose between 1 and 10 seeds to repeat with; " + count + " is not possible.");
        }
        assertThat(runs.listNewestFirst(ada)).hasSize(1);
    }

    @Test
    void someoneElsesRunIsNotFoundAndAnAnonymousVisitorIsAskedToLogIn() {
        Visitor bob = People.person(accounts, "bob");

        assertThatThrownBy(() -> repeats.repeat(bob, original, 2)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> repeats.repeat(People.anonymous(), original, 2))
                .isInstanceOf(SignInRequiredException.class);
        assertThat(runs.listNewestFirst(bob)).isEmpty();
        assertThat(runs.listNewestFirst(ada)).hasSize(1);
    }

    @Test
    void aRunWhoseDatasetChangedIsNotRepeatedAndTheMessageSaysWhy() {
        database.update("UPDATE run SET spec = REPLACE(spec, '\"builtin:xor\"', '\"upload:999\"') WHERE id = ?", original);

        assertThatThrownBy(() -> repeats.repeat(ada, original, 2)).isInstanceOf(TrainingRejectedException.class)
                .hasMessageStartingWith("The dataset this run trained on is not in your library");
        assertThat(runs.listNewestFirst(ada)).hasSize(1);
    }

    private static ObjectNode withoutTitleAndSeed(ExperimentSpec spec) {
        ObjectNode tree = ExperimentJson.writeTree(spec);
        tree.remove("title");
        ((ObjectNode) tree.get("training")).remove("seed");
        return tree;
    }
}
