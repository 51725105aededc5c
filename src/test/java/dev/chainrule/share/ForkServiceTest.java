package dev.chainrule.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.SyntheticSettings;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunService;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Forks (issue 11, item 5): a shared run's experiment and dataset go into the forker's Lab and library. */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class ForkServiceTest {
    @Autowired
    ForkService forks;
    @Autowired
    ShareService shares;
    @Autowired
    RunService runs;
    @Autowired
    DatasetService datasets;
    @Autowired
    RunLauncher launcher;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate database;

    @Test
    void aForkCopiesTheUploadIntoTheForkersLibraryAndTrainingItRecordsTheSharedRunAsParent() {
        Visitor ada = People.person(accounts, "ada lovelace");
        Visitor bob = People.person(accounts, "bob");
        Dataset upload = SharedRuns.upload(datasets, ada, "quadrants.csv", 1);
        long original = SharedRuns.train(launcher, ada, "upload:" + upload.getId(), "Quadrants, tanh");
        String token = shares.share(ada, original);
        Map<String, Object> adasRunBefore = database.queryForMap("SELECT title, spec, notes FROM run WHERE id = ?", original);

        Forked forked = forks.fork(bob, token);

        List<Dataset> bobs = datasets.uploads(bob);
        assertThat(bobs).hasSize(1);
        Dataset copy = bobs.get(0);
        assertThat(copy.getId()).isNotEqualTo(upload.getId());
        assertThat(copy.getChecksum()).isEqualTo(upload.getChecksum());
        assertThat(copy.getName()).isEqualTo("quadrants");
        assertThat(copy.getRowCount()).isEqualTo(40);
        assertThat(copy.getOrigin()).isEqualTo("From \u201cQuadrants, tanh\u201d shared by ada lovelace");
        assertThat(forked.datasetKey()).isEqualTo("upload:" + copy.getId());
        assertThat(forked.spec().data().dataset()).isEqualTo("upload:" + copy.getId());
        assertThat(forked.spec().data().checksum()).isEqualTo(upload.getChecksum());
        ExperimentSpec theirs = runs.details(ada, original).spec();
        assertThat(forked.spec().training()).isEqualTo(theirs.training());
        assertThat(forked.spec().layers()).isEqualTo(theirs.layers());
        assertThat(forked.spec().data().options()).isEqualTo(theirs.data().options());
        assertThat(forked.parentRunId()).isEqualTo(original);
        assertThat(forked.notice()).isEqualTo("Forked from \u201cQuadrants, tanh\u201d by ada lovelace. Train to make your own run.");
        // Ada's dataset and run are as they were
        assertThat(datasets.uploads(ada)).singleElement().satisfies(d -> {
            assertThat(d.getId()).isEqualTo(upload.getId());
            assertThat(d.getName()).isEqualTo("quadrants");
            assertThat(d.getRowCount()).isEqualTo(40);
            assertThat(d.getOrigin()).isNull();
        });
        assertThat(database.queryForMap("SELECT title, spec, notes FROM run WHERE id = ?", original)).isEqualTo(adasRunBefore);

        // Forking again reuses Bob's copy
        assertThat(forks.fork(bob, token).datasetKey()).isEqualTo(forked.datasetKey());
        assertThat(datasets.uploads(bob)).hasSize(1);

        ExperimentSpec s = forked.spec();
        long bobsRun = launcher.launch("Bob's quadrants", forked.datasetKey(), s.data().options(), s.layers(),
                s.training(), s.init(), bob, forked.parentRunId());
        Run mine = runs.details(bob, bobsRun).run();
        assertThat(mine.getParentId()).isEqualTo(original);
        assertThat(runs.parent(bob, mine)).hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo("Quadrants, tanh");
            assertThat(p.ownerName()).isEqualTo("ada lovelace");
            assertThat(p.isOwn()).isFalse();
        });
        assertThat(runs.listNewestFirst(ada)).extracting(Run::getId).containsExactly(original);
    }

    @Test
    void forkingOnesOwnShareReusesOnesOwnDataset() {
        Visitor carol = People.person(accounts, "carol");
        Dataset upload = SharedRuns.upload(datasets, carol, "mine.csv", 2);
        String token = shares.share(carol, SharedRuns.train(launcher, carol, "upload:" + upload.getId(), "Mine"));

        Forked forked = forks.fork(carol, token);

        assertThat(forked.datasetKey()).isEqualTo("upload:" + upload.getId());
        assertThat(datasets.uploads(carol)).hasSize(1);
    }

    @Test
    void aBuiltInDatasetIsNotCopied() {
        Visitor dan = People.person(accounts, "dan");
        String token = shares.share(dan, SharedRuns.train(launcher, dan, "builtin:xor", "XOR"));

        Forked forked = forks.fork(People.person(accounts, "erin"), token);

        assertThat(forked.datasetKey()).isEqualTo("builtin:xor");
        assertThat(datasets.uploads(People.person(accounts, "erin"))).isEmpty();
    }

    @Test
    void aForkOfANoisyDrawingKeepsItsNoiseAndDataSeed() {
        Visitor gia = People.person(accounts, "gia");
        SyntheticSettings noisy = new SyntheticSettings(35, 123);
        long original = launcher.start("Noisy circles", "builtin:circles", noisy,
                DataOptions.defaults().withStandardize(true), List.of(new DenseSpec(4, Activation.TANH),
                        new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, new SgdSpec(0.1, 0.5), 8, 2, true, 11), Init.XAVIER, gia, null, 0).id();

        Forked forked = forks.fork(People.person(accounts, "hal"), shares.share(gia, original));

        assertThat(forked.spec().data().synthetic()).isEqualTo(noisy);
        assertThat(forked.spec().data().checksum()).isEqualTo(runs.details(gia, original).spec().data().checksum())
                .isNotEqualTo(datasets.checksum(datasets.recordedChoice("builtin:circles")));
    }

    @Test
    void anAnonymousVisitorMustSignInAndAWithdrawnLinkIsNotFound() {
        Visitor fay = People.person(accounts, "fay");
        long run = SharedRuns.train(launcher, fay, "builtin:xor", "XOR");
        String token = shares.share(fay, run);

        assertThatThrownBy(() -> forks.fork(People.anonymous(), token)).isInstanceOf(SignInRequiredException.class);
        shares.revoke(fay, run);
        assertThatThrownBy(() -> forks.fork(People.person(accounts, "gus"), token))
                .isInstanceOf(ShareNotFoundException.class);
        assertThatThrownBy(() -> forks.fork(People.person(accounts, "gus"), "not a token"))
                .isInstanceOf(ShareNotFoundException.class);
    }
}
