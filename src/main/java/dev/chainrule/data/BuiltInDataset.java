package dev.chainrule.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset that ships with the app as a CSV resource under {@code /datasets/}, imported through
 * the same {@link CsvImporter} as an upload (one way in).
 *
 * @param id          stable identifier, also the file name without ".csv"
 * @param description one or two sentences on what it teaches
 */
public record BuiltInDataset(String id, String name, String description) {

    public BuiltInDataset {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(description, "description must not be null");
    }

    public String fileName() {
        return id + ".csv";
    }

    public byte[] bytes() {
        try (InputStream in = BuiltInDataset.class.getResourceAsStream("/datasets/" + fileName())) {
            if (in == null) {
                throw new IllegalStateException("built-in dataset resource /datasets/" + fileName() + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RawTable load() {
        return CsvImporter.parse(bytes(), fileName(), ImportLimits.DEFAULTS);
    }

    /** The formula this dataset is drawn from, when it is a generated one (circles, spirals, blobs, curve). */
    public Optional<SyntheticDataset> synthetic() {
        return SyntheticDataset.byId(id);
    }

    /**
     * The file drawn again with this noise and seed; null = the file in the jar.
     *
     * @throws IllegalArgumentException when this dataset is not a generated one (iris has no noise to set)
     */
    public byte[] bytes(SyntheticSettings settings) {
        if (settings == null) {
            return bytes();
        }
        SyntheticDataset formula = synthetic().orElseThrow(() -> new IllegalArgumentException("\"" + name
                + "\" is not drawn from a formula, so it has no noise or data seed to set; only "
                + SyntheticDataset.ids() + " have."));
        return formula.csv(settings).getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #load()} of the file drawn with these settings ({@link #bytes(SyntheticSettings)}). */
    public RawTable load(SyntheticSettings settings) {
        return CsvImporter.parse(bytes(settings), fileName(), ImportLimits.DEFAULTS);
    }
}
