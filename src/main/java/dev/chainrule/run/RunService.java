package dev.chainrule.run;

import dev.chainrule.account.Account;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import jakarta.annotation.PostConstruct;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads, finds, renames and deletes runs for the views. */
@Service
public class RunService {
    public static final int MAX_TITLE_LENGTH = 200;
    /** The notes column's size. */
    public static final int MAX_NOTES_LENGTH = 4000;

    private final RunRepository runs;
    private final EpochHistory history;
    private final DatasetService datasets;
    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    /** Rooms above that let people read runs not theirs; asked lazily, as they are built after this service. */
    private final ObjectProvider<RunGrant> grants;

    private final boolean sharedDatabase;

    RunService(RunRepository runs, EpochHistory history, DatasetService datasets, JdbcTemplate jdbc,
            AccountService accounts, ObjectProvider<RunGrant> grants,
            @Value("${chainrule.instance.shared-database:false}") boolean sharedDatabase) {
        this.grants = grants;
        this.sharedDatabase = sharedDatabase;
        this.runs = runs;
        this.history = history;
        this.datasets = datasets;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /**
     * On a database of its own (the H2 file, which one process opens) nothing trains right after start-up, so runs
     * still marked active were cut short by a stop of the server: they become "interrupted", their history kept. On a
     * database shared by several instances ({@code chainrule.instance.shared-database}) the others' runs go on: only
     * those of instances that stopped writing their heartbeat are cut short, by {@link AppInstances}' sweep.
     */
    @PostConstruct
    void markRunsCutShortByRestart() {
        if (!sharedDatabase) {
            runs.markActiveAsInterrupted("The server stopped during training; the history up to then is kept.");
        }
    }

    /** The visitor's own runs, newest first; none for an anonymous visitor. */
    public List<Run> listNewestFirst(Visitor visitor) {
        return visitor.isSignedIn() ? runs.findAllByOwnerIdOrderByCreatedAtDescIdDesc(visitor.accountId()) : List.of();
    }

    /**
     * The runs a query asks for. It filters in memory: the dataset is inside the spec JSON,
     * and a teaching lab holds hundreds of runs, not millions.
     */
    public List<RunRow> find(Visitor visitor, RunQuery query) {
        Map<String, String> names = datasetNames(visitor);
        return runs.findAllByOwnerId(visitor.requireAccount()).stream()
                .map(e -> row(e, names))
                .filter(r -> RunSearch.matches(r, query))
                .sorted(RunSearch.order(query))
                .toList();
    }

    /** The datasets that runs were trained on, by name: what the dataset filter offers. */
    public List<DatasetLabel> datasetsInUse(Visitor visitor) {
        Map<String, String> names = datasetNames(visitor);
        return runs.findAllByOwnerId(visitor.requireAccount()).stream()
                .map(e -> ExperimentJson.datasetKey(e.getSpec()))
                .distinct()
                .map(key -> new DatasetLabel(key, name(key, names)))
                .sorted(Comparator.comparing(DatasetLabel::name))
                .toList();
    }

    /**
     * A run of the visitor's, with its experiment and history.
     *
     * @throws SignInRequiredException for an anonymous visitor
     * @throws RunNotFoundException when there is no such run or it is someone else's: the same answer
     */
    public RunDetails details(Visitor visitor, long id) {
        return detailsOf(owned(visitor, id));
    }

    /**
     * A run's details for a caller that has already established the right to see it (a share link
     * checked by the share service, or the training room following a run it started).
     */
    public RunDetails detailsOf(long id) {
        return detailsOf(find(id));
    }

    /** A run without its history, for a caller that has already established the right to see it (a share link). */
    public Run runOf(long id) {
        return find(id);
    }

    private RunDetails detailsOf(Run run) {
        return new RunDetails(run, ExperimentJson.read(run.getSpec()), history.load(run.getId()));
    }

    /**
     * Like {@link #details}, with only the epochs a curve thinned to {@code stride} draws and the last one
     * ({@link EpochHistory#loadEvery}): a long run's other epochs are not read.
     *
     * @throws SignInRequiredException for an anonymous visitor
     * @throws RunNotFoundException when there is no such run or it is someone else's
     */
    public RunDetails sampled(Visitor visitor, long id, int stride) {
        return sampled(visitor, id, spec -> stride);
    }

    /** Like {@link #sampled(Visitor, long, int)}, the stride chosen from the run's experiment (its planned epochs). */
    public RunDetails sampled(Visitor visitor, long id, ToIntFunction<ExperimentSpec> stride) {
        return sampledOf(owned(visitor, id), stride);
    }

    /** Like {@link #detailsOf(long)} (no check of who asks), with the history of {@link #sampled(Visitor, long, int)}. */
    public RunDetails sampledOf(long id, int stride) {
        return sampledOf(id, spec -> stride);
    }

    /** Like {@link #sampledOf(long, int)}, the stride chosen from the run's experiment (its planned epochs). */
    public RunDetails sampledOf(long id, ToIntFunction<ExperimentSpec> stride) {
        return sampledOf(find(id), stride);
    }

    private RunDetails sampledOf(Run run, ToIntFunction<ExperimentSpec> stride) {
        ExperimentSpec spec = ExperimentJson.read(run.getSpec());
        return new RunDetails(run, spec, history.loadEvery(run.getId(), stride.applyAsInt(spec),
                CurveRows.stride(spec.training().epochs())));
    }

    /**
     * The last epoch and the best validation numbers of a run's stored history, computed by the database; {@link
     * EpochSummary#EMPTY} for a run with no epochs (or none at all). No check of who asks: for a run already let in.
     */
    public EpochSummary summary(long id) {
        return history.summary(id);
    }

    /**
     * Every stored epoch of a run, in order, without its experiment. No check of who asks: for a run already let in.
     *
     * @throws RunNotFoundException when the run is gone
     */
    public List<EpochRecord> history(long id) {
        find(id);
        return history.load(id);
    }

    /**
     * A run's status, message and the instance that trains it, read alone (no experiment, no history): what following
     * a run trained on another instance asks twice a second. Empty when the run is gone. No check of who asks.
     */
    public Optional<RunState> stateOf(long id) {
        return jdbc.query("SELECT status, message, instance_id FROM run WHERE id = ?", rs -> rs.next()
                ? Optional.of(new RunState(RunStatus.fromId(rs.getString(1)), rs.getString(2), rs.getString(3)))
                : Optional.empty(), id);
    }

    /**
     * The epochs stored after {@code epoch}, in order, at most {@code limit}: what a run trained on another instance
     * added since it was last read. No check of who asks: for a run already let in.
     */
    public List<EpochRecord> epochsAfter(long id, int epoch, int limit) {
        return history.loadAfter(id, epoch, limit);
    }

    /**
     * The visitor's run.
     *
     * @throws SignInRequiredException for an anonymous visitor
     * @throws RunNotFoundException when there is no such run or it is someone else's
     */
    public Run owned(Visitor visitor, long id) {
        visitor.requireAccount();
        return runs.findById(id).filter(r -> visitor.owns(r.getOwnerId())).orElseThrow(() -> new RunNotFoundException(id));
    }

    /**
     * A run the visitor owns or a {@link RunGrant} lets them read, read-only; for a granted reader without its
     * notes. The reads of a run's page, its live curves, a comparison and its CSV go through here; writes do not.
     *
     * @throws SignInRequiredException for an anonymous visitor
     * @throws RunNotFoundException    when there is no such run or the visitor may not read it: the same answer
     */
    public Run readable(Visitor visitor, long id) {
        visitor.requireAccount();
        Run run = runs.findById(id).orElseThrow(() -> new RunNotFoundException(id));
        if (visitor.owns(run.getOwnerId())) {
            return run;
        }
        if (grants.orderedStream().noneMatch(g -> g.mayRead(visitor, run))) {
            throw new RunNotFoundException(id);
        }
        run.forgetNotes();
        return run;
    }

    /** Like {@link #details}, for a run the visitor owns or may read ({@link #readable}). */
    public RunDetails readableDetails(Visitor visitor, long id) {
        return detailsOf(readable(visitor, id));
    }

    /** Like {@link #sampled(Visitor, long, ToIntFunction)}, for a run the visitor owns or may read ({@link #readable}). */
    public RunDetails readableSampled(Visitor visitor, long id, ToIntFunction<ExperimentSpec> stride) {
        return sampledOf(readable(visitor, id), stride);
    }

    /**
     * The weights the run ended with; empty when it stored none (it failed, or never trained). Runs
     * stored before the weights were kept as bytes still have them as JSON, read here too.
     */
    public Optional<List<DenseWeights>> finalWeights(long id) {
        return jdbc.query("SELECT final_weights_bin, final_weights FROM run WHERE id = ?", rs -> {
            if (!rs.next()) {
                throw new RunNotFoundException(id);
            }
            byte[] bytes = rs.getBytes(1);
            if (bytes != null) {
                return Optional.of(FinalWeightsCodec.decode(bytes));
            }
            String json = rs.getString(2);
            return json == null ? Optional.<List<DenseWeights>>empty() : Optional.of(ExperimentJson.readWeights(json));
        }, id);
    }

    /**
     * The input width of the run's final weights, read from their first bytes (not all of them);
     * empty when it stored none.
     */
    public Optional<Integer> finalWeightsInputs(long id) {
        return jdbc.query("SELECT SUBSTRING(final_weights_bin FROM 1 FOR " + (FinalWeightsCodec.FIRST_INPUTS_OFFSET + 4)
                + "), CASE WHEN final_weights_bin IS NULL THEN final_weights END FROM run WHERE id = ?", rs -> {
                    if (!rs.next()) {
                        throw new RunNotFoundException(id);
                    }
                    int inputs = FinalWeightsCodec.firstInputs(rs.getBytes(1));
                    if (inputs > 0) {
                        return Optional.of(inputs);
                    }
                    String json = rs.getString(2);
                    return json == null ? Optional.<Integer>empty()
                            : Optional.of(ExperimentJson.readWeights(json).get(0).inputs());
                }, id);
    }

    /**
     * The input width of a run's network, from its weights (initial, or final once trained); empty before
     * any are stored. For a caller that already holds the run's details.
     */
    public Optional<Integer> inputWidth(RunDetails details) {
        List<DenseWeights> initial = details.spec().weights();
        return !initial.isEmpty() ? Optional.of(initial.get(0).inputs()) : finalWeightsInputs(details.run().getId());
    }

    /** The title of the visitor's run; empty when it is not theirs or not there. */
    public Optional<String> title(Visitor visitor, long id) {
        return runs.findById(id).filter(r -> visitor.owns(r.getOwnerId())).map(Run::getTitle);
    }

    /**
     * The run {@code child} (the visitor's) came from: the visitor's own run, or a run someone shared and
     * the visitor forked, named with its owner. Empty when it has none, the parent was deleted, or
     * {@code child} is not the visitor's.
     */
    public Optional<ParentLabel> parent(Visitor visitor, Run child) {
        if (child.getParentId() == null || !visitor.owns(child.getOwnerId())) {
            return Optional.empty();
        }
        return runs.findById(child.getParentId()).map(p -> new ParentLabel(p.getId(), p.getTitle(),
                visitor.owns(p.getOwnerId()) ? null : ownerName(p)));
    }

    /** The display name of the person a run belongs to ("someone" for a run from before accounts). */
    public String ownerName(Run run) {
        return Optional.ofNullable(run.getOwnerId()).flatMap(accounts::find).map(Account::getName).orElse("someone");
    }

    /**
     * Changes the title people see. The spec JSON keeps the title the run was started with: it is the
     * record of what ran, and a re-run must read the same bytes.
     *
     * @throws IllegalArgumentException when the title is empty or longer than 200 characters
     */
    @Transactional
    public void rename(Visitor visitor, long id, String title) {
        owned(visitor, id);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("A title needs 1 to " + MAX_TITLE_LENGTH + " characters.");
        }
        if (runs.updateTitle(id, t) == 0) {
            throw new RunNotFoundException(id);
        }
    }

    /**
     * Keeps what a person noted about a run (what they tried, what they saw); blank removes the notes.
     * Like the title, the notes are not part of the record of what ran.
     *
     * @throws IllegalArgumentException when the notes are longer than {@value #MAX_NOTES_LENGTH} characters
     */
    @Transactional
    public void updateNotes(Visitor visitor, long id, String notes) {
        owned(visitor, id);
        String n = notes == null ? "" : notes.strip();
        if (n.length() > MAX_NOTES_LENGTH) {
            throw new IllegalArgumentException("Notes can be at most " + String.format("%,d", MAX_NOTES_LENGTH)
                    + " characters, these have " + String.format("%,d", n.length()) + ". Shorten them, then save again.");
        }
        if (runs.updateNotes(id, n.isEmpty() ? null : n) == 0) {
            throw new RunNotFoundException(id);
        }
    }

    /**
     * Deletes a run and its history.
     *
     * @throws IllegalStateException while it is still queued, running or paused
     */
    @Transactional
    public void delete(Visitor visitor, long id) {
        Run e = owned(visitor, id);
        if (runs.deleteIfNotActive(id) == 0) {
            throw new IllegalStateException(String.format("\u201c%s\u201d is still %s. Stop it first, then delete it.",
                    e.getTitle(), e.getStatus().label().toLowerCase(Locale.ROOT)));
        }
    }

    private Run find(long id) {
        return runs.findById(id).orElseThrow(() -> new RunNotFoundException(id));
    }

    private static RunRow row(Run e, Map<String, String> names) {
        String key = ExperimentJson.datasetKey(e.getSpec());
        return new RunRow(e, key, name(key, names), FinalMetrics.fromJson(e.getFinalMetrics()));
    }

    private Map<String, String> datasetNames(Visitor visitor) {
        return datasets.choices(visitor).stream().collect(Collectors.toMap(DatasetChoice::key, DatasetChoice::name));
    }

    private static String name(String key, Map<String, String> names) {
        if (key.isEmpty()) {
            return "A CSV file";  // the headless command names no library dataset
        }
        if (key.equals("inline")) {
            return "Data in the experiment";
        }
        return Optional.ofNullable(names.get(key)).orElse(key + " (deleted)");
    }
}
