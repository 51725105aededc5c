package dev.chainrule.dataset;

import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.BuiltInDataset;
import dev.chainrule.data.BuiltInDatasets;
import dev.chainrule.data.Checksum;
import dev.chainrule.data.CsvImporter;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.RawTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dataset library: built-in datasets first, then uploads. Uploads are parsed before anything
 * is stored, so a bad file stores nothing; the same file uploaded twice is recognised.
 */
@Service
public class DatasetService {
    /** The sizes of the columns {@code dataset.name} and {@code dataset.source_file_name} (migration V2). */
    public static final int MAX_NAME = 200;
    public static final int MAX_FILE_NAME = 255;
    /** The size of {@code dataset.origin} (migration V6). */
    static final int MAX_ORIGIN = 400;

    private final DatasetRepository datasets;
    private final ImportLimits limits;
    // Parsing is the slow part; people flip between a few datasets. Bounded by bytes
    // (chainrule.cache.max-megabytes): the least recently used table goes first.
    private final SizedCache<String, RawTable> parsed;
    // A built-in dataset's profile never changes while the server runs (its file is in the jar).
    private final Map<String, DatasetProfile> builtInProfiles = new ConcurrentHashMap<>();

    DatasetService(DatasetRepository datasets,
            @Value("${chainrule.upload.max-megabytes:20}") int maxMegabytes,
            @Value("${chainrule.upload.max-rows:200000}") int maxRows,
            @Value("${chainrule.upload.max-columns:1000}") int maxColumns,
            @Value("${chainrule.upload.max-categories:100}") int maxCategories,
            @Value("${chainrule.cache.max-megabytes:256}") int cacheMegabytes) {
        this.datasets = datasets;
        this.parsed = new SizedCache<>(SizedCache.megabytes(cacheMegabytes), RawTable::estimatedBytes);
        this.limits = new ImportLimits(maxMegabytes * ImportLimits.MEGABYTE, maxRows, maxColumns, maxCategories);
    }

    public ImportLimits limits() {
        return limits;
    }

    /** The datasets a visitor can pick: the built-in ones (everyone's), then their own uploads, newest first. */
    public List<DatasetChoice> choices(Visitor visitor) {
        List<DatasetChoice> all = new ArrayList<>();
        for (BuiltInDataset b : BuiltInDatasets.all()) {
            all.add(builtInChoice(b));
        }
        for (Dataset d : uploads(visitor)) {
            all.add(uploadChoice(d));
        }
        return all;
    }

    /** The visitor's own uploads, newest first; none for an anonymous visitor. */
    public List<Dataset> uploads(Visitor visitor) {
        return visitor.isSignedIn() ? datasets.findAllByOwnerIdOrderByCreatedAtDesc(visitor.accountId()) : List.of();
    }

    /**
     * A built-in dataset, or one of the visitor's uploads.
     *
     * @throws DatasetNotFoundException when no dataset has this key, or it is someone else's: the same answer
     * @throws SignInRequiredException  for an upload, when the visitor is anonymous
     */
    public DatasetChoice choice(Visitor visitor, String key) {
        if (key == null || !key.startsWith("upload:")) {
            return recordedChoice(key);
        }
        visitor.requireAccount(); // an anonymous visitor has no uploads: asked to log in, like everywhere else
        return uploadChoice(upload(key).filter(d -> visitor.owns(d.getOwnerId()))
                .orElseThrow(() -> new DatasetNotFoundException(key)));
    }

    /**
     * The dataset a run recorded, whoever owns it: only for a caller that has already established the
     * right to see that run (its owner, or a share link), to show its data with it.
     *
     * @throws DatasetNotFoundException when it is no longer there
     */
    public DatasetChoice recordedChoice(String key) {
        if (key != null && key.startsWith("builtin:")) {
            return BuiltInDatasets.all().stream().filter(d -> key.equals("builtin:" + d.id())).findFirst()
                    .map(DatasetService::builtInChoice).orElseThrow(() -> new DatasetNotFoundException(key));
        }
        return uploadChoice(upload(key).orElseThrow(() -> new DatasetNotFoundException(key)));
    }

    /**
     * The dataset a run recorded, when it is a built-in one or an upload of the run's owner: a stored
     * run pointing at someone else's upload (an imported file naming "upload:5" on purpose) shows no data.
     *
     * @param runOwnerId the account the run belongs to (null for a run from before accounts)
     * @throws DatasetNotFoundException when it is no longer there, or it is not the run owner's
     */
    public DatasetChoice recordedChoice(String key, Long runOwnerId) {
        if (key != null && key.startsWith("upload:")) {
            return uploadChoice(upload(key).filter(d -> Objects.equals(d.getOwnerId(), runOwnerId))
                    .orElseThrow(() -> new DatasetNotFoundException(key)));
        }
        return recordedChoice(key);
    }

    /**
     * The visitor's own upload of the file with this SHA-256 checksum, if they have one: where an
     * imported run's data is on this server.
     */
    public Optional<DatasetChoice> findOwnUpload(Visitor visitor, String checksum) {
        if (!visitor.isSignedIn() || checksum == null) {
            return Optional.empty();
        }
        return datasets.findByOwnerIdAndChecksum(visitor.accountId(), checksum).map(DatasetService::uploadChoice);
    }

    private Optional<Dataset> upload(String key) {
        if (key == null || !key.matches("upload:\\d{1,18}")) {
            return Optional.empty();
        }
        return datasets.findById(Long.parseLong(key.substring("upload:".length())));
    }

    /**
     * The dataset of a run someone forks, in the forker's library: a built-in one as it is; an upload
     * copied (same bytes and checksum, marked with where it came from), or the forker's own copy of the
     * same file when they have one already.
     */
    @Transactional
    public DatasetChoice copyForFork(Visitor forker, DatasetChoice original, String origin) {
        long owner = forker.requireAccount();
        if (original.isBuiltIn()) {
            return original;
        }
        Dataset d = stored(original.storedId());
        Dataset copy = datasets.findByOwnerIdAndChecksum(owner, d.getChecksum())
                .orElseGet(() -> datasets.save(new Dataset(owner, shorten(origin, MAX_ORIGIN), d.getName(),
                        d.getSourceFileName(), d.getRowCount(), d.getColumnCount(), d.getColumns(),
                        d.getImporterVersion() == null ? 0 : d.getImporterVersion(), d.getContent(), d.getChecksum())));
        return uploadChoice(copy);
    }

    private static DatasetChoice builtInChoice(BuiltInDataset b) {
        return new DatasetChoice("builtin:" + b.id(), b.name(), b.description(), null);
    }

    private static DatasetChoice uploadChoice(Dataset d) {
        return new DatasetChoice("upload:" + d.getId(), d.getName(), String.format("Uploaded %s: %,d rows, %d columns.",
                d.getSourceFileName(), d.getRowCount(), d.getColumnCount()), d.getId());
    }

    /**
     * The parsed table of a dataset (rows for a preview or a plot; see {@link #profile} for its columns); a
     * generated built-in one drawn with the choice's noise and seed. A drawing is kept like any table (a few
     * hundred rows): a teacher who moves the noise back and forth gets the earlier ones at once.
     */
    public synchronized RawTable table(DatasetChoice choice) {
        RawTable table = parsed.get(choice.rowsKey());
        if (table == null) {
            table = choice.isBuiltIn() ? builtIn(choice).load(choice.synthetic()) : parse(stored(choice.storedId()));
            parsed.put(choice.rowsKey(), table);
        }
        return table;
    }

    /**
     * A dataset's column profile, computed once: a built-in dataset's on first use, then kept in
     * memory; an upload's when it is stored, then read back from its row. A profile stored by
     * another version of the importer (or before profiles had one) is computed again from the
     * stored bytes, and stored.
     *
     * @throws DataFormatException when the importer now refuses a stored file
     */
    @Transactional
    public DatasetProfile profile(DatasetChoice choice) {
        if (choice.isBuiltIn() && choice.synthetic() != null) {
            return DatasetProfile.of(table(choice)); // one per seed a visitor types: not kept forever
        }
        if (choice.isBuiltIn()) {
            return builtInProfiles.computeIfAbsent(choice.key(), key -> DatasetProfile.of(table(choice)));
        }
        Dataset d = stored(choice.storedId());
        if (d.getImporterVersion() != null && d.getImporterVersion() == CsvImporter.VERSION) {
            return ProfileJson.read(d.getColumns());
        }
        DatasetProfile profile = DatasetProfile.of(table(choice));
        datasets.updateProfile(d.getId(), ProfileJson.write(profile), CsvImporter.VERSION);
        return profile;
    }

    /** SHA-256 of the dataset's bytes; of a generated one, of the CSV text drawn with the choice's noise and seed. */
    public String checksum(DatasetChoice choice) {
        return choice.isBuiltIn() ? sha256(builtIn(choice).bytes(choice.synthetic())) : stored(choice.storedId()).getChecksum();
    }

    /**
     * Parses and stores an upload.
     *
     * @throws DataFormatException with the importer's message; nothing is stored
     * @throws DuplicateDatasetException when the same bytes are already in the library
     */
    @Transactional
    public Dataset upload(Visitor visitor, String fileName, byte[] bytes) {
        long owner = visitor.requireAccount();
        String checksum = sha256(bytes);
        datasets.findByOwnerIdAndChecksum(owner, checksum).ifPresent(existing -> {
            throw new DuplicateDatasetException(existing);
        });
        String sourceName = shorten(fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip(), MAX_FILE_NAME);
        RawTable table = CsvImporter.parse(bytes, sourceName, limits);
        DatasetProfile profile = DatasetProfile.of(table);
        Dataset saved = datasets.save(new Dataset(owner, null, nameFor(sourceName), sourceName, table.rows(),
                table.columns().size(), ProfileJson.write(profile), CsvImporter.VERSION, bytes, checksum));
        parsed.put("upload:" + saved.getId(), table);
        return saved;
    }

    /**
     * A new upload's name: its file name without the extension, shortened to {@link #MAX_NAME}
     * characters (at a word boundary when there is one near the end) so that it fits its column.
     */
    static String nameFor(String fileName) {
        String name = fileName.replaceFirst("(?i)\\.(csv|tsv|txt)$", "").strip();
        return shorten(name.isBlank() ? fileName : name, MAX_NAME);
    }

    /**
     * {@code text} itself when it has at most {@code max} characters; else its start, cut at a
     * space, underscore, hyphen or dot in the last fifth if there is one, then "…" and, for a file
     * name, its extension, all within {@code max} characters. Never splits a surrogate pair.
     */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int dot = text.lastIndexOf('.');
        String extension = dot > 0 && text.length() - dot <= 5 ? text.substring(dot) : "";
        int room = max - 1 - extension.length();
        int cut = room;
        for (int i = room; i > room * 4 / 5; i--) {
            if (" _-.".indexOf(text.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut).strip() + "…" + extension;
    }

    @Transactional
    public void rename(Visitor visitor, long id, String newName) {
        owned(visitor, id);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A dataset name needs 1 to " + MAX_NAME + " characters.");
        }
        if (datasets.updateName(id, name) == 0) {
            throw noSuchDataset(id);
        }
    }

    /** @throws IllegalStateException naming how many runs still use it */
    @Transactional
    public void delete(Visitor visitor, long id) {
        owned(visitor, id);
        int users = datasets.countRunsUsing(id);
        if (users > 0) {
            throw new IllegalStateException(String.format("\"%s\" is used by %d run%s. Delete %s first, or keep "
                    + "the dataset.", stored(id).getName(), users, users == 1 ? "" : "s", users == 1 ? "it" : "them"));
        }
        datasets.deleteById(id);
        parsed.remove("upload:" + id);
    }

    /**
     * @throws SignInRequiredException for an anonymous visitor
     * @throws DatasetNotFoundException when it is not there or someone else's
     */
    private Dataset owned(Visitor visitor, long id) {
        visitor.requireAccount();
        return datasets.findById(id).filter(d -> visitor.owns(d.getOwnerId()))
                .orElseThrow(() -> new DatasetNotFoundException("upload:" + id));
    }

    private Dataset stored(long id) {
        return datasets.findById(id).orElseThrow(() -> noSuchDataset(id));
    }

    private static DatasetNotFoundException noSuchDataset(long id) {
        return new DatasetNotFoundException("upload:" + id);
    }

    private static BuiltInDataset builtIn(DatasetChoice choice) {
        return BuiltInDatasets.byId(choice.key().substring("builtin:".length()));
    }

    private RawTable parse(Dataset d) {
        return CsvImporter.parse(d.getContent(), d.getSourceFileName(), limits);
    }

    public static String sha256(byte[] bytes) {
        return Checksum.sha256(bytes);
    }
}
