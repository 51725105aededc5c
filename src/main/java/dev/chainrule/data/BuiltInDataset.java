package dev.chainrule.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

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
}
