package dev.chainrule.data;

import dev.chainrule.data.prepare.DataOptions;
import java.util.List;
import java.util.Objects;

/**
 * What the preview and statistics grid shows for one column.
 *
 * @param type     the inferred type; the user may override it in {@link DataOptions#columnTypes()}
 * @param numeric  every present value is a number (so NUMERIC and CATEGORICAL are both possible)
 * @param distinct distinct present values
 * @param min      smallest value, null for a text column (likewise max and mean)
 * @param samples  up to five distinct values in order of appearance
 * @param note     why the type was chosen when it is not obvious, else null
 */
public record ColumnProfile(String name, ColumnType type, boolean numeric, int missing, int distinct,
                            Double min, Double max, Double mean, List<String> samples, String note) {

    public ColumnProfile {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(type, "type must not be null");
        samples = List.copyOf(samples);
        if (missing < 0 || distinct < 0) {
            throw new IllegalArgumentException("counts must not be negative: missing " + missing + ", distinct " + distinct);
        }
    }
}
