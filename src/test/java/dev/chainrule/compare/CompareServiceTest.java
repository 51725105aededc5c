package dev.chainrule.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.run.CurveRows;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.EpochSummary;
import dev.chainrule.run.RunDetails;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunStatus;
import dev.chainrule.run.RunStore;
import dev.chainrule.share.ShareService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Who sees which runs of a comparison: own runs by number, anyone's by a working link, nothing else. */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class CompareServiceTest {
    /** Each test uploads other bytes: the same file twice in one library is refused. */
    private static final AtomicInteger SALT = new AtomicInteger(700);

    @Autowired
    CompareService compare;
    @Autowired
    ShareService shares;
    @Autowired
    RunService runs;
    @Autowired
    RunLauncher launcher;
    @Autowired
    DatasetService datasets;
    @Autowired
    AccountService accounts;
    @Autowired
    RunStore store;

    Visitor ada;
    Visitor bob;
    Dataset adasUpload;
    long adasRun;
    long bobsRun;
    String token;

    @BeforeEach
    void adaSharesARunAndBobHasOne() {
        ada = People.person(accounts, "ada");
        bob = People.person(accounts, "bob");
        adasUpload = SharedRuns.upload(datasets, ada, "quadrants.csv", SALT.incrementAndGet());
        adasRun = SharedRuns.train(launcher, ada, "upload:" + adasUpload.getId(), "Ada's quadrants");
        bobsRun = SharedRuns.train(launcher, bob, "builtin:xor", "Bob's XOR");
        token = shares.share(ada, adasRun);
    }

    @Test
    void ownRunsAndSharedOnesAreComparedInTheOrderAsked() {
        Comparison c = compare.compare(bob, List.of(new RunRef.Own(bobsRun), new RunRef.Shared(token)));

        assertThat(c.notFound()).isEmpty();
        assertThat(c.runs()).extracting(ComparedRun::key).containsExactly(Long.toString(bobsRun), "s:" + token);
        ComparedRun own = c.runs().get(0);
        assertThat(own.title()).isEqualTo("Bob's XOR");
        assertThat(own.viaShareLink()).isFalse();
        assertThat(own.datasetName()).isEqualTo("XOR");
        ComparedRun shared = c.runs().get(1);
        assertThat(shared.runId()).isEqualTo(adasRun);
        assertThat(shared.viaShareLink()).isTrue();
        assertThat(shared.history()).hasSize(3);
        assertThat(shared.datasetName()).isEqualTo("quadrants");
        assertThat(shared.datasetChecksum()).isEqualTo(adasUpload.getChecksum());
        assertThat(shared.trainingRows()).isEqualTo(30); // 40 rows, a quarter of them validate
    }

    @Test
    void someoneElsesRunByNumberIsNotFoundLikeAMissingOne() {
        Comparison c = compare.compare(bob, List.of(new RunRef.Own(adasRun), new RunRef.Own(bobsRun), new RunRef.Own(999_999)));

        assertThat(c.runs()).extracting(ComparedRun::runId).containsExactly(bobsRun);
        assertThat(c.notFound()).containsExactly(Long.toString(adasRun), "999999");
    }

    @Test
    void aWithdrawnOrUnknownLinkIsNotFoundByItsKeyNeverByItsRunsNumber() {
        shares.revoke(ada, adasRun);
        String unknown = "AAAAAAAAAAAAAAAAAAAAAA";

        Comparison c = compare.compare(bob, List.of(new RunRef.Shared(token), new RunRef.Shared(unknown)));

        assertThat(c.runs()).isEmpty();
        assertThat(c.notFound()).containsExactly("s:" + token, "s:" + unknown);
    }

    @Test
    void anAnonymousVisitorMayOpenLinksButIsAskedToLogInForARunNumber() {
        Visitor anonymous = People.anonymous();

        assertThat(compare.compare(anonymous, List.of(new RunRef.Shared(token))).runs()).hasSize(1);
        assertThatThrownBy(() -> compare.compare(anonymous, List.of(new RunRef.Shared(token), new RunRef.Own(adasRun))))
                .isInstanceOf(SignInRequiredException.class);
    }

    /** 40 rows, 4 with no x: 36 kept (rows with a gap dropped), round(36 · 0.25) = 9 validate, 27 train. */
    @Test
    void trainingRowsAreThoseLeftAfterTheDataRoomDropsGapsAndSplits() {
        StringBuilder csv = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i % 10 == 0 ? "" : Double.toString(i + SALT.incrementAndGet() * 1e-4)).append(',')
                    .append(i % 7).append(',').append(i % 3 == 0 ? "yes" : "no").append('\n');
        }
        Dataset gappy = datasets.upload(ada, "gappy.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        long run = SharedRuns.train(launcher, ada, "upload:" + gappy.getId(), "gappy");

        assertThat(compare.compare(ada, List.of(new RunRef.Own(run))).runs().get(0).trainingRows()).isEqualTo(27);
        assertThat(compare.compare(ada, List.of(new RunRef.Own(run))).runs().get(0).trainingRows())
                .as("the second time from the cache").isEqualTo(27);
    }

    @Test
    void runsByNumberWithoutACheckAreForALinkAlreadyCheckedAndRefreshReadsARunAgain() {
        Comparison c = compare.compareRuns(List.of(adasRun, 999_999L));

        assertThat(c.runs()).extracting(ComparedRun::runId).containsExactly(adasRun);
        assertThat(c.runs().get(0).viaShareLink()).isTrue();
        assertThat(c.notFound()).containsExactly("999999");

        runs.rename(ada, adasRun, "Ada's renamed run");
        ComparedRun refreshed = compare.refresh(c.runs().get(0), c.runsAsked());
        assertThat(refreshed.title()).isEqualTo("Ada's renamed run");
        assertThat(refreshed.trainingRows()).isEqualTo(30);
    }

    /**
     * A comparison of two draws about 1,000 points a run: a run of 10,000 planned epochs stopped at 4,998 is read as
     * epochs 1, 11, …, 4,991 and 4,998, yet its outcome is of every epoch (its best loss at epoch 2, tied at 3,
     * neither read; its last loss diverged) and its CSV has every epoch; a run deleted since is left out of the CSV.
     */
    @Test
    void aComparisonReadsOnlyTheEpochsItDrawsYetItsOutcomeAndCsvAreOfEveryEpoch() {
        long longRun = storedRun(ada, 10_000, longHistory(4998));
        String longToken = shares.share(ada, longRun);

        Comparison c = compare.compare(bob, List.of(new RunRef.Own(bobsRun), new RunRef.Shared(longToken)));

        ComparedRun sampled = c.runs().get(1);
        assertThat(c.pointsPerCurve()).isEqualTo(Curves.pointsPerCurve(2)).isEqualTo(1000);
        assertThat(sampled.history()).hasSize(501).extracting(EpochRecord::epoch).startsWith(1, 11, 21).endsWith(4991, 4998);
        List<EpochRecord> full = compare.fullHistory(sampled);
        assertThat(full).hasSize(4998);
        Outcome outcome = Outcome.of(sampled);
        assertThat(outcome).isEqualTo(Outcome.of(sampled.with(new RunDetails(sampled.details().run(), sampled.spec(), full),
                EpochSummary.of(full))));
        assertThat(outcome.bestValidationLossEpoch()).isEqualTo(2);
        assertThat(outcome.bestValidationAccuracyEpoch()).isEqualTo(4);
        assertThat(outcome.finalValidationLoss()).isNull();
        assertThat(outcome.epochs()).isEqualTo(4998);
        assertThat(compare.refresh(sampled, c.runsAsked()).history()).extracting(EpochRecord::epoch)
                .isEqualTo(sampled.history().stream().map(EpochRecord::epoch).toList());

        runs.delete(bob, bobsRun);
        StringWriter csv = new StringWriter();
        ComparisonCsv.write(c.runs(), compare::fullHistory, csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).filteredOn(l -> l.contains(",seconds,")).hasSize(4998)
                .allMatch(l -> l.startsWith("s:" + longToken + ",long,"));
        assertThat(lines).contains("s:" + longToken + ",long,3,validation_loss,0.1", "s:" + longToken + ",long,4998,training_loss,1.0");
    }

    /**
     * Epochs 1…n, 10 ms each: validation loss 0.1 at epochs 2 and 3, else rising from 0.5, absent at the last
     * (diverged); validation accuracy 0.99 at epoch 4, else 0.5.
     */
    private static List<EpochRecord> longHistory(int n) {
        List<EpochRecord> epochs = new ArrayList<>();
        for (int e = 1; e <= n; e++) {
            Double loss = e == n ? null : e == 2 || e == 3 ? 0.1 : 0.5 + e * 1e-5;
            epochs.add(new EpochRecord(e, 1.0, loss, 0.5, e == 4 ? 0.99 : 0.5, null, new double[] {e}, 10L * e));
        }
        return epochs;
    }

    /** A stopped run of Bob's XOR experiment with {@code plannedEpochs}, stored with these epochs, not trained. */
    private long storedRun(Visitor owner, int plannedEpochs, List<EpochRecord> epochs) {
        ObjectNode tree = ExperimentJson.writeTree(runs.details(bob, bobsRun).spec());
        ((ObjectNode) tree.get("training")).put("epochs", plannedEpochs);
        long id = store.create(owner.accountId(), "long", tree.toString(), null, null);
        store.appendEpochs(id, epochs, CurveRows.stride(plannedEpochs));
        store.markFinished(id, RunStatus.STOPPED, null, null, epochs.get(epochs.size() - 1));
        return id;
    }

    @Test
    void moreThanFiftyRunsAreRefusedWithWhatToDo() {
        List<RunRef> many = LongStream.rangeClosed(1, 51).<RunRef>mapToObj(RunRef.Own::new).toList();

        assertThatThrownBy(() -> compare.compare(bob, many)).isInstanceOf(ComparisonRequestException.class)
                .hasMessageContaining("at most 50");
    }
}
