package dev.chainrule.run;

import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetNotFoundException;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.ExperimentSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run as a file and back (issue 11, item 6). Its owner downloads it as JSON ({@link RunExportJson},
 * with the final weights and the history) or its history as CSV ({@link HistoryCsv}); anyone signed in
 * imports such a file into their own runs, where it is a finished run like any other.
 *
 * <p>An import treats the file as hostile: {@link RunExportJson#readImport} refuses it, naming the field,
 * before anything is stored; {@link ImportChecks} makes sure it fits its columns; then the run row and
 * every epoch are stored in one transaction, so a failure half-way stores nothing. A file names its
 * dataset by this server's key ("upload:5") and never gets to keep it: the key is pointed at the
 * importer's own upload of the same file (by checksum) or at nothing.
 */
@Service
public class RunTransfer {
    /** The largest file an import reads: 10 MB, refused before parsing. A run of the Lab is far smaller. */
    public static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    private final RunService runs;
    private final RunRepository repository;
    private final EpochHistory history;
    private final DatasetService datasets;
    private final TransactionTemplate transaction;

    RunTransfer(RunService runs, RunRepository repository, EpochHistory history, DatasetService datasets,
            TransactionTemplate transaction) {
        this.runs = runs;
        this.repository = repository;
        this.history = history;
        this.datasets = datasets;
        this.transaction = transaction;
    }

    /**
     * The visitor's run as a "chainrule-run/1" file.
     *
     * @throws SignInRequiredException for an anonymous visitor
     * @throws RunNotFoundException    when there is no such run or it is someone else's
     */
    public String exportJson(Visitor visitor, long runId) {
        RunDetails details = runs.details(visitor, runId);
        List<DenseWeights> weights = runs.finalWeights(runId).orElse(List.of());
        return RunExportJson.write(RunExport.of(details, weights, datasetInfo(details)));
    }

    /**
     * The history as CSV of a run the visitor owns or may read ({@link RunService#readable}).
     *
     * @throws SignInRequiredException for an anonymous visitor
     * @throws RunNotFoundException    when there is no such run or the visitor may not read it
     */
    public String historyCsv(Visitor visitor, long runId) {
        return HistoryCsv.write(runs.readableDetails(visitor, runId).history()); // a granted reader's too: numbers, no notes
    }

    /**
     * Reads a file someone uploaded: an exported run is stored as a finished run of theirs, with its
     * history and final weights as they were; a bare experiment is returned for the Lab, not stored.
     *
     * @throws SignInRequiredException  for an anonymous visitor
     * @throws ExperimentFormatException with a message naming the field; nothing is stored
     */
    public Imported importFile(Visitor visitor, byte[] bytes) {
        long owner = visitor.requireAccount();
        ImportedFile file = RunExportJson.readImport(bytes, MAX_IMPORT_BYTES);
        if (file instanceof ImportedFile.Design design) {
            ImportChecks.layers(design.experiment(), "");
            return new Imported.Design(inOwnLibrary(visitor, design.experiment(), null).spec());
        }
        RunExport run = ((ImportedFile.FinishedRun) file).run();
        ImportChecks.layers(run.experiment(), "experiment.");
        Pointed pointed = inOwnLibrary(visitor, run.experiment(), run.dataset() == null ? null : run.dataset().checksum());
        String specJson = ExperimentJson.write(pointed.spec());
        ImportChecks.storable(run, specJson);
        Long id = transaction.execute(status -> store(owner, run, specJson, pointed.datasetId()));
        return new Imported.StoredRun(id);
    }

    /** The run row, its outcome and every epoch: the caller's one transaction. */
    private long store(long owner, RunExport run, String specJson, Long datasetId) {
        Run row = new Run(run.title(), specJson, run.status(), run.createdAt() == null ? Instant.now() : run.createdAt());
        row.setOwnerId(owner);
        row.setDatasetId(datasetId);
        long id = repository.save(row).getId();
        List<EpochRecord> epochs = run.history();
        EpochRecord last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        repository.updateOutcome(id, run.status().id(), run.message(), run.finishedAt(),
                last == null ? null : last.epoch(), last == null ? null : FinalMetrics.of(last).toJson(),
                run.finalWeights().isEmpty() ? null : FinalWeightsCodec.encode(run.finalWeights()));
        if (run.notes() != null && !run.notes().isBlank()) {
            repository.updateNotes(id, run.notes());
        }
        history.append(id, epochs, CurveRows.stride(ExperimentJson.read(specJson).training().epochs()));
        return id;
    }

    /** An experiment whose dataset is in the importer's library, and that upload's id (null for none or a built-in one). */
    private record Pointed(ExperimentSpec spec, Long datasetId) {
    }

    /**
     * The experiment with its dataset key pointing into the importer's library: rows carried inline and a
     * built-in dataset stay as they are; any other key becomes the importer's own upload of the same file
     * (by the experiment's checksum, else the one the file's dataset gives), or "" when they have none, so
     * the run's page says its data is missing while its curves and weights still show.
     */
    private Pointed inOwnLibrary(Visitor importer, ExperimentSpec spec, String fileChecksum) {
        ExperimentData data = spec.data();
        if (data.inlineCsv() != null || isBuiltIn(data.dataset())) {
            return new Pointed(spec, null);
        }
        String checksum = data.checksum() != null ? data.checksum() : fileChecksum;
        Optional<DatasetChoice> own = datasets.findOwnUpload(importer, checksum);
        ExperimentData pointed = new ExperimentData(data.options(), own.map(DatasetChoice::key).orElse(""),
                data.checksum(), null);
        return new Pointed(new ExperimentSpec(spec.title(), pointed, spec.layers(), spec.training(), spec.init(),
                spec.weights()), own.map(DatasetChoice::storedId).orElse(null));
    }

    private boolean isBuiltIn(String key) {
        if (key == null || !key.startsWith("builtin:")) {
            return false;
        }
        try {
            return datasets.recordedChoice(key).isBuiltIn();
        } catch (DatasetNotFoundException e) {
            return false;
        }
    }

    /** The library entry the run trained on, so an import elsewhere finds the same file; null when there is none. */
    private RunExport.DatasetInfo datasetInfo(RunDetails details) {
        ExperimentData data = details.spec().data();
        if (data.inlineCsv() != null || data.dataset() == null || data.dataset().isEmpty()) {
            return null;
        }
        DatasetChoice choice;
        try {
            choice = datasets.recordedChoice(data.dataset(), details.run().getOwnerId()).withSynthetic(data.synthetic());
        } catch (DatasetNotFoundException e) {
            return null; // deleted since: the experiment's own checksum still says which file it was
        }
        Integer rows = null;
        Integer columns = null;
        try {
            DatasetProfile profile = datasets.profile(choice);
            rows = profile.rows();
            columns = profile.columns().size();
        } catch (DataFormatException e) {
            // the importer now refuses the stored file: its name and checksum still say which it is
        }
        return new RunExport.DatasetInfo(choice.name(), datasets.checksum(choice), rows, columns);
    }
}
