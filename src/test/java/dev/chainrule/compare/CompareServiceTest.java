package dev.chainrule.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.run.RunService;
import dev.chainrule.share.ShareService;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import java.nio.charset.StandardCharsets;
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
        ComparedRun refreshed = compare.refresh(c.runs().get(0));
        assertThat(refreshed.title()).isEqualTo("Ada's renamed run");
        assertThat(refreshed.trainingRows()).isEqualTo(30);
    }

    @Test
    void moreThanFiftyRunsAreRefusedWithWhatToDo() {
        List<RunRef> many = LongStream.rangeClosed(1, 51).<RunRef>mapToObj(RunRef.Own::new).toList();

        assertThatThrownBy(() -> compare.compare(bob, many)).isInstanceOf(ComparisonRequestException.class)
                .hasMessageContaining("at most 50");
    }
}
