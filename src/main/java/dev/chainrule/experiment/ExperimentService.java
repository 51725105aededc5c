package dev.chainrule.experiment;

import jakarta.annotation.PostConstruct;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads, finds, renames and deletes experiments for the views. */
@Service
public class ExperimentService {
    public static final int MAX_TITLE_LENGTH = 200;
    /** The notes column's size. */
    public static final int MAX_NOTES_LENGTH = 4000;

    private final ExperimentRepository experiments;
    private final EpochHistory history;
    private final DatasetService datasets;

    ExperimentService(ExperimentRepository experiments, EpochHistory history, DatasetService datasets) {
        this.experiments = experiments;
        this.history = history;
        this.datasets = datasets;
    }

    /**
     * Nothing trains right after start-up, so runs still marked active were cut short by a
     * stop of the server: they become "interrupted", their history kept.
     */
    @PostConstruct
    void markRunsCutShortByRestart() {
        experiments.markActiveAsInterrupted("The server stopped during training; the history up to then is kept.");
    }

    public List<Experiment> listNewestFirst() {
        return experiments.findAllByOrderByCreatedAtDescIdDesc();
    }

    /**
     * The experiments a query asks for. It filters in memory: the dataset is inside the spec JSON,
     * and a teaching lab holds hundreds of runs, not millions.
     */
    public List<ExperimentRow> find(ExperimentQuery query) {
        Map<String, String> names = datasetNames();
        return experiments.findAll().stream()
                .map(e -> row(e, names))
                .filter(r -> ExperimentSearch.matches(r, query))
                .sorted(ExperimentSearch.order(query))
                .toList();
    }

    /** The datasets that experiments were trained on, by name: what the dataset filter offers. */
    public List<DatasetLabel> datasetsInUse() {
        Map<String, String> names = datasetNames();
        return experiments.findAll().stream()
                .map(e -> ExperimentJson.datasetKey(e.getSpec()))
                .distinct()
                .map(key -> new DatasetLabel(key, name(key, names)))
                .sorted(Comparator.comparing(DatasetLabel::name))
                .toList();
    }

    public ExperimentDetails details(long id) {
        Experiment experiment = find(id);
        return new ExperimentDetails(experiment, ExperimentJson.read(experiment.getSpec()), history.load(id));
    }

    public Optional<String> title(long id) {
        return experiments.findById(id).map(Experiment::getTitle);
    }

    /**
     * Changes the title people see. The spec JSON keeps the title the run was started with: it is the
     * record of what ran, and a re-run must read the same bytes.
     *
     * @throws IllegalArgumentException when the title is empty or longer than 200 characters
     */
    @Transactional
    public void rename(long id, String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("A title needs 1 to " + MAX_TITLE_LENGTH + " characters.");
        }
        if (experiments.updateTitle(id, t) == 0) {
            throw new ExperimentNotFoundException(id);
        }
    }

    /**
     * Keeps what a person noted about a run (what they tried, what they saw); blank removes the notes.
     * Like the title, the notes are not part of the record of what ran.
     *
     * @throws IllegalArgumentException when the notes are longer than {@value #MAX_NOTES_LENGTH} characters
     */
    @Transactional
    public void updateNotes(long id, String notes) {
        String n = notes == null ? "" : notes.strip();
        if (n.length() > MAX_NOTES_LENGTH) {
            throw new IllegalArgumentException("Notes can be at most " + String.format("%,d", MAX_NOTES_LENGTH)
                    + " characters, these have " + String.format("%,d", n.length()) + ". Shorten them, then save again.");
        }
        if (experiments.updateNotes(id, n.isEmpty() ? null : n) == 0) {
            throw new ExperimentNotFoundException(id);
        }
    }

    /**
     * Deletes an experiment and its history.
     *
     * @throws IllegalStateException while it is still queued, running or paused
     */
    @Transactional
    public void delete(long id) {
        if (experiments.deleteIfNotActive(id) == 0) {
            Experiment e = find(id);
            throw new IllegalStateException(String.format("\u201c%s\u201d is still %s. Stop it first, then delete it.",
                    e.getTitle(), e.getStatus().label().toLowerCase(Locale.ROOT)));
        }
    }

    private Experiment find(long id) {
        return experiments.findById(id).orElseThrow(() -> new ExperimentNotFoundException(id));
    }

    private static ExperimentRow row(Experiment e, Map<String, String> names) {
        String key = ExperimentJson.datasetKey(e.getSpec());
        return new ExperimentRow(e, key, name(key, names), FinalMetrics.fromJson(e.getFinalMetrics()));
    }

    private Map<String, String> datasetNames() {
        return datasets.choices().stream().collect(Collectors.toMap(DatasetChoice::key, DatasetChoice::name));
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
