package dev.chainrule.data;

/**
 * Bounds on what one upload may hold, so that one user's file cannot exhaust the server.
 * Each limit, when hit, produces a message naming it and what to do (see {@link CsvImporter}).
 *
 * @param maxBytes                 size of the uploaded file in bytes
 * @param maxRows                  data rows (the header row not counted)
 * @param maxColumns               columns, counted after one-hot encoding
 * @param maxCategoriesPerColumn   distinct values of one categorical column
 */
public record ImportLimits(long maxBytes, int maxRows, int maxColumns, int maxCategoriesPerColumn) {

    public static final long MEGABYTE = 1024L * 1024L;

    /** The longest column name (a header cell), in characters: names are shown in lists, plots and stored profiles. */
    public static final int MAX_COLUMN_NAME = 200;

    /** 20 MB, 200,000 rows, 1,000 columns after one-hot, 100 categories per column. */
    public static final ImportLimits DEFAULTS = new ImportLimits(20 * MEGABYTE, 200_000, 1_000, 100);

    public ImportLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
        }
        if (maxColumns < 2) {
            throw new IllegalArgumentException("maxColumns must be at least 2 (a feature and a target), was " + maxColumns);
        }
        if (maxCategoriesPerColumn < 2) {
            throw new IllegalArgumentException("maxCategoriesPerColumn must be at least 2, was " + maxCategoriesPerColumn);
        }
    }

    /** The size limit as the user reads it, e.g. "20 MB". */
    String maxBytesText() {
        return megabytes(maxBytes);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (double) MEGABYTE;
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
    }
}
