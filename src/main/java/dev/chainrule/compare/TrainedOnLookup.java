package dev.chainrule.compare;

import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.prepare.DataOptions;
import dev.chainrule.data.prepare.Preparation;
import dev.chainrule.dataset.DatasetChoice;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.dataset.SizedCache;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentData;
import dev.chainrule.run.RunDetails;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.springframework.stereotype.Component;

/**
 * Which data a run trained on and how many training rows each of its epochs went through. The count is the
 * data room's own: the rows {@link Preparation} keeps (gaps dropped as the run chose) less those its seeded
 * split holds out for validation, so it is taken from a preparation of the same bytes with the same options,
 * never estimated. Preparing is dear, so each (bytes, options) is prepared once; ten seeds of one experiment
 * cost one preparation.
 */
@Component
class TrainedOnLookup {
    /** Both caches hold small values; a few thousand entries of each fit in a megabyte. */
    private static final long CACHE_BYTES = SizedCache.megabytes(1);
    private static final long ENTRY_BYTES = 256;

    private final DatasetService datasets;
    // A dataset's bytes never change under its key (an upload is stored once; a built-in is in the jar), so its
    // checksum is read once: reading an upload's row brings all its bytes.
    private final SizedCache<String, String> checksums = new SizedCache<>(CACHE_BYTES, c -> ENTRY_BYTES);
    private final SizedCache<Prepared, Integer> trainingRows = new SizedCache<>(CACHE_BYTES, n -> ENTRY_BYTES);

    /** What fixes a preparation's training rows: the bytes, by checksum, and the options. */
    private record Prepared(String checksum, DataOptions options) {
    }

    TrainedOnLookup(DatasetService datasets) {
        this.datasets = datasets;
    }

    /** For a run the caller may see. */
    TrainedOn of(RunDetails details) {
        ExperimentData data = details.spec().data();
        if (data.inlineCsv() != null) {
            String checksum = DatasetService.sha256(data.inlineCsv().getBytes(StandardCharsets.UTF_8));
            return new TrainedOn("Data in the experiment", checksum,
                    rows(checksum, data.options(), () -> DataPreparation.prepareInline(data).train().rows()));
        }
        DatasetChoice choice;
        try {
            // an upload only when it is the run owner's, as everywhere a run shows its data (RecordedData)
            choice = datasets.recordedChoice(data.dataset(), details.run().getOwnerId()).withSynthetic(data.synthetic());
        } catch (IllegalArgumentException e) {
            return new TrainedOn(data.dataset().isEmpty() ? "A CSV file" : data.dataset() + " (no longer in the library)",
                    data.checksum(), 0);
        }
        String current = checksum(choice);
        if (data.checksum() != null && !data.checksum().equals(current)) {
            return new TrainedOn(choice.name(), data.checksum(), 0); // other bytes now: its rows cannot be counted
        }
        int rows = rows(current, data.options(), () -> Preparation.prepare(datasets.table(choice), data.options()).train().rows());
        return new TrainedOn(choice.name(), current, rows);
    }

    private String checksum(DatasetChoice choice) {
        String checksum = checksums.get(choice.rowsKey());
        if (checksum == null) {
            checksum = datasets.checksum(choice);
            checksums.put(choice.rowsKey(), checksum);
        }
        return checksum;
    }

    /** 0 when the preparation now refuses the data: the run cannot tell how many rows it had. */
    private int rows(String checksum, DataOptions options, IntSupplier prepare) {
        Prepared key = new Prepared(Objects.requireNonNull(checksum), options);
        Integer rows = trainingRows.get(key);
        if (rows == null) {
            try {
                rows = prepare.getAsInt();
            } catch (DataFormatException e) {
                rows = 0;
            }
            trainingRows.put(key, rows);
        }
        return rows;
    }
}
