package dev.chainrule.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The one way a CSV becomes a {@link RawTable}. Checks the bytes first (size, binary, UTF-8,
 * BOM), detects the separator and the header, then streams the records through Apache Commons
 * CSV into compact columns. Anything unusable ends in a {@link DataFormatException} whose
 * message names the line or column and says what to do; nothing else escapes.
 *
 * <p>The rules, so that nothing surprises:
 * <ul>
 * <li>UTF-8, with or without a byte order mark; UTF-16 and other encodings are refused.</li>
 * <li>The separator is comma, semicolon or tab: the one that splits the first 50 records into
 *     the same number (at least 2) of fields most consistently.</li>
 * <li>RFC 4180 quoting: quoted fields may hold separators, line breaks and doubled quotes.</li>
 * <li>The first row is a header when none of its cells is a number ({@link HeaderMode} overrides);
 *     without one, columns are named column1, column2, …</li>
 * <li>Blank lines are skipped wherever they are; spaces around values and names are trimmed.</li>
 * <li>A column is numeric when every present cell is a decimal number (semicolon files may use
 *     decimal commas); empty, NA, NaN and ? are missing; infinities and overflows are refused.</li>
 * </ul>
 */
public final class CsvImporter {
    /**
     * The version of the parsing and profiling rules. Bump it whenever either changes what a file
     * reads as (types, statistics, notes): stored profiles of an older version are computed again.
     */
    public static final int VERSION = 1;

    private CsvImporter() {
    }

    /** Reads through {@link LimitedRead}, so an oversized upload is refused without buffering it past the limit. */
    public static RawTable read(InputStream in, String fileName, ImportLimits limits) throws IOException {
        return parse(LimitedRead.readAll(in, -1, limits), fileName, limits);
    }

    public static RawTable parse(byte[] bytes, String fileName, ImportLimits limits) {
        return parse(bytes, fileName, limits, HeaderMode.DETECT);
    }

    public static RawTable parse(byte[] bytes, String fileName, ImportLimits limits, HeaderMode headerMode) {
        if (bytes.length > limits.maxBytes()) {
            throw LimitedRead.tooLarge(ImportLimits.megabytes(bytes.length), limits);
        }
        int bom = CsvSniffer.byteOrderMark(bytes);
        if (isWhitespace(bytes, bom)) {
            throw new DataFormatException("The file is empty. Choose a CSV file with a header row and at least one data row.");
        }
        CsvSniffer.refuseBinary(bytes, bom);
        CsvSniffer.requireUtf8(bytes, bom);
        char delimiter = CsvSniffer.delimiter(bytes, bom);
        CsvPass pass = new CsvPass(bytes, bom, delimiter, headerMode, limits, Set.of());
        Set<Integer> lateText = pass.lateTextColumns();
        if (!lateText.isEmpty()) {
            // Some columns looked numeric before a text cell: read again with them as text from the start.
            pass = new CsvPass(bytes, bom, delimiter, headerMode, limits, lateText);
        }
        return pass.toTable(fileName, bom > 0);
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                // Blank lines are skipped by us, so that every line break belongs to a record and line numbers stay exact.
                .setIgnoreEmptyLines(false)
                .get();
    }

    static boolean isBlank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isBlank();
    }

    private static boolean isWhitespace(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
                return false;
            }
        }
        return true;
    }
}
