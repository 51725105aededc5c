package dev.chainrule.access;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static dev.chainrule.access.AccessMatrixTest.Outcome.ALLOWED;
import static dev.chainrule.access.AccessMatrixTest.Outcome.LOG_IN;
import static dev.chainrule.access.AccessMatrixTest.Outcome.NOT_FOUND;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetNotFoundException;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.Init;
import dev.chainrule.engine.spec.LossKind;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.engine.spec.TrainingConfig;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunTransfer;
import dev.chainrule.share.ComparisonShareService;
import dev.chainrule.share.ForkService;
import dev.chainrule.share.ShareNotFoundException;
import dev.chainrule.share.ShareService;
import dev.chainrule.share.ShareTokens;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.training.SeedRepeats;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.NotFoundView;
import dev.chainrule.ui.account.LoginView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what (issue 11, acceptance 1): every action on a run and a dataset, and every route,
 * for four visitors: the owner, another signed-in person, an anonymous visitor, and an anonymous
 * visitor holding the run's share link. The owner made the link and holds it too; the other two
 * hold only the run's id (a well-formed token they guess is not the link). Each cell is asserted
 * through the services and each route through the views (Karibu).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends AbstractAppTest {
    enum Who { OWNER, OTHER, ANONYMOUS, LINK_HOLDER }

    enum Outcome { ALLOWED, NOT_FOUND, LOG_IN }

    @Autowired
    RunService runs;
    @Autowired
    TrainingService training;
    @Autowired
    RunLauncher launcher;
    @Autowired
    DatasetService datasets;
    @Autowired
    ShareService shares;
    @Autowired
    ForkService forks;
    @Autowired
    RunTransfer transfer;
    @Autowired
    SeedRepeats repeats;
    @Autowired
    ComparisonShareService comparisons;

    private static final String OWNER_NAME = "matrix owner";
    private static final String OTHER_NAME = "matrix other";
    private final String guessed = ShareTokens.next();
    private Visitor owner;
    private long finished;
    private long live;
    private long upload;
    private String revoked;
    private boolean ready;

    @BeforeEach
    void fixtures() throws InterruptedException {
        if (ready) {
            return;
        }
        owner = People.person(accounts, OWNER_NAME);
        People.person(accounts, OTHER_NAME);
        upload = datasets.upload(owner, "matrix.csv", "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n".getBytes(UTF_8)).getId();
        finished = launcher.launch("Matrix run", "upload:" + upload, DataOptions.defaults(),
                List.of(new DenseSpec(3, Activation.TANH), new DenseSpec(1, Activation.SIGMOID)),
                new TrainingConfig(LossKind.BCE, SgdSpec.plain(0.1), 2, 3, false, 1), Init.XAVIER, owner, null);
        awaitEnd(finished);
        long old = finishedSeedRun("Matrix revoked");
        revoked = shares.share(owner, old);
        shares.revoke(owner, old);
        live = training.start(owner, SeedSpecs.seedSpec(100_000), 200); // paced: it trains through the whole test
        while (training.queuePosition(live).isPresent() || runs.details(owner, live).history().isEmpty()) {
            Thread.sleep(20);
        }
        ready = true;
    }

    @AfterAll
    void stopTheLiveRun() {
        training.stop(owner, live);
    }

    // ---- the table --------------------------------------------------------------------------------

    /** An action on the owner's things, as each visitor can attempt it. */
    interface Attempt {
        void by(Who who) throws Exception;
    }

    private Stream<Arguments> actions() {
        Map<String, Attempt> a = new java.util.LinkedHashMap<>();
        a.put("view run", w -> {
            if (w == Who.LINK_HOLDER) {
                shares.open(token());
            } else {
                runs.details(visitor(w), finished);
            }
        });
        a.put("view shared page", w -> shares.open(w == Who.OWNER || w == Who.LINK_HOLDER ? token() : guessed));
        a.put("view withdrawn link", w -> shares.open(revoked));
        a.put("rename", w -> runs.rename(visitor(w), finished, "Matrix run"));
        a.put("notes", w -> runs.updateNotes(visitor(w), finished, "noted"));
        a.put("repeat with seeds", w -> {
            for (long repeat : repeats.repeat(visitor(w), finished, 1)) {
                awaitEnd(repeat); // within the limit of runs at once for the rows after this one
            }
        });
        a.put("share comparison", w -> comparisons.share(visitor(w), List.of(finished)));
        a.put("delete", w -> runs.delete(visitor(w), w == Who.OWNER ? finishedSeedRun("Matrix to delete") : finished));
        a.put("pause", w -> training.pause(visitor(w), live));
        a.put("step", w -> training.step(visitor(w), live));
        a.put("resume", w -> training.resume(visitor(w), live));
        a.put("stop", w -> training.stop(visitor(w), w == Who.OWNER ? pacedSeedRun() : live));
        a.put("fork", w -> forks.fork(visitor(w), w == Who.OWNER || w == Who.LINK_HOLDER ? token() : guessed));
        a.put("download JSON", w -> transfer.exportJson(visitor(w), finished));
        a.put("download history", w -> transfer.historyCsv(visitor(w), finished));
        a.put("share", w -> shares.share(visitor(w), finished));
        a.put("revoke", w -> {
            shares.revoke(visitor(w), finished);
            shares.share(owner, finished); // a fresh link for the rows after this one
        });
        a.put("view dataset", w -> datasets.choice(visitor(w), "upload:" + upload));
        a.put("rename dataset", w -> datasets.rename(visitor(w), upload, "matrix"));
        a.put("delete dataset", w -> datasets.delete(visitor(w), w == Who.OWNER ? freshUpload() : upload));

        Map<String, List<Outcome>> expected = new java.util.HashMap<>();
        //                                     OWNER      OTHER      ANONYMOUS  LINK_HOLDER
        expected.put("view run", List.of(ALLOWED, NOT_FOUND, LOG_IN, ALLOWED));
        expected.put("view shared page", List.of(ALLOWED, NOT_FOUND, NOT_FOUND, ALLOWED));
        expected.put("view withdrawn link", List.of(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        for (String owned : List.of("rename", "notes", "repeat with seeds", "share comparison", "delete", "pause", "step", "resume", "stop", "download JSON",
                "download history", "share", "revoke", "view dataset", "rename dataset", "delete dataset")) {
            expected.put(owned, List.of(ALLOWED, NOT_FOUND, LOG_IN, LOG_IN));
        }
        expected.put("fork", List.of(ALLOWED, NOT_FOUND, LOG_IN, LOG_IN));

        List<Arguments> cells = new ArrayList<>();
        a.forEach((action, attempt) -> {
            for (Who who : Who.values()) {
                cells.add(Arguments.of(action, who, expected.get(action).get(who.ordinal()), attempt));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("actions")
    void throughTheServices(String action, Who who, Outcome expected, Attempt attempt) {
        assertThat(outcome(() -> attempt.by(who))).as(action + " by " + who).isEqualTo(expected);
    }

    /** A route, and whether the page shows the owner's thing once it opens. */
    private record Route(String path, Function<AccessMatrixTest, Boolean> showsIt) {
    }

    private Stream<Arguments> routes() {
        Map<String, List<Outcome>> table = new java.util.LinkedHashMap<>();
        //                          OWNER      OTHER      ANONYMOUS  LINK_HOLDER
        table.put("runs/{id}", List.of(ALLOWED, NOT_FOUND, LOG_IN, LOG_IN));
        table.put("runs", List.of(ALLOWED, NOT_FOUND, LOG_IN, LOG_IN));
        table.put("datasets", List.of(ALLOWED, NOT_FOUND, LOG_IN, LOG_IN));
        table.put("lab?from={id}", List.of(ALLOWED, NOT_FOUND, LOG_IN, LOG_IN));
        table.put("s/{token}", List.of(ALLOWED, NOT_FOUND, NOT_FOUND, ALLOWED));
        table.put("s/{withdrawn}", List.of(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        table.put("lab?fork={token}", List.of(ALLOWED, NOT_FOUND, LOG_IN, LOG_IN));
        List<Arguments> cells = new ArrayList<>();
        table.forEach((route, outcomes) -> {
            for (Who who : Who.values()) {
                cells.add(Arguments.of(route, who, outcomes.get(who.ordinal())));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "/{0} for {1}: {2}")
    @MethodSource("routes")
    void throughTheViews(String route, Who who, Outcome expected) {
        switch (who) {
            case OWNER -> logInAs(OWNER_NAME);
            case OTHER -> logInAs(OTHER_NAME);
            default -> logOut();
        }
        boolean holdsLink = who == Who.OWNER || who == Who.LINK_HOLDER;
        String path = route.replace("{id}", Long.toString(finished))
                .replace("{token}", holdsLink ? token() : guessed).replace("{withdrawn}", revoked);
        int query = path.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
        assertThat(seen(route)).as("/" + path + " for " + who).isEqualTo(expected);
    }

    private Outcome seen(String route) {
        if (!_find(LoginView.class).isEmpty()) {
            return LOG_IN;
        }
        if (!_find(NotFoundView.class).isEmpty()) {
            return NOT_FOUND;
        }
        boolean shown = switch (route) {
            case "runs" -> gridTitles().contains("Matrix run");
            case "datasets" -> _find(com.vaadin.flow.component.Component.class, s -> s.withClasses("dataset-name")).stream()
                    .anyMatch(c -> c.getElement().getText().equals("matrix") || c.getElement().getText().equals("matrix.csv")
                            || c.getElement().getTextRecursively().startsWith("matrix"));
            case "lab?from={id}", "lab?fork={token}" -> _find(TextField.class, s -> s.withLabel("Title")).stream()
                    .anyMatch(t -> t.getValue().contains("Matrix run"));
            default -> _find(H2.class).stream().anyMatch(h -> h.getText().equals("Matrix run"));
        };
        return shown ? ALLOWED : NOT_FOUND;
    }

    @SuppressWarnings("unchecked")
    private static List<String> gridTitles() {
        Grid<dev.chainrule.run.RunRow> grid = _find(Grid.class).get(0);
        return grid.getGenericDataView().getItems().map(r -> r.run().getTitle()).toList();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private Visitor visitor(Who who) {
        return switch (who) {
            case OWNER -> owner;
            case OTHER -> People.person(accounts, OTHER_NAME);
            case ANONYMOUS, LINK_HOLDER -> Visitor.anonymous("matrix browser");
        };
    }

    private String token() {
        return shares.share(owner, finished);
    }

    private static Outcome outcome(Executable attempt) {
        try {
            attempt.execute();
            return ALLOWED;
        } catch (RunNotFoundException | DatasetNotFoundException | ShareNotFoundException e) {
            return NOT_FOUND;
        } catch (SignInRequiredException e) {
            return LOG_IN;
        } catch (Throwable e) {
            throw new AssertionError("neither allowed, not found nor log-in: " + e, e);
        }
    }

    private long finishedSeedRun(String title) throws InterruptedException {
        long id = training.start(owner, SeedSpecs.seedSpec(3), 0);
        runs.rename(owner, id, title);
        awaitEnd(id);
        return id;
    }

    private long pacedSeedRun() throws InterruptedException {
        long id = training.start(owner, SeedSpecs.seedSpec(100_000), 200);
        while (training.isLive(id) && training.queuePosition(id).isPresent()) {
            Thread.sleep(10);
        }
        return id;
    }

    private long freshUpload() {
        Dataset d = datasets.upload(owner, "gone.csv", ("a,b\n1," + System.nanoTime() + "\n2,3\n").getBytes(UTF_8));
        return d.getId();
    }

    private void awaitEnd(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (training.isLive(id) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }
}
