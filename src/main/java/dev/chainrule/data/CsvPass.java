package dev.chainrule.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One streaming read of the whole file into column builders, with the line of each record kept
 * for messages. Blank lines are read as one-field records and skipped here, so that every line
 * break belongs to some record and the line numbers stay exact.
 */
final class CsvPass {
    private final ImportLimits limits;
    private final char delimiter;
    private final List<ColumnBuilder> columns = new ArrayList<>();
    private boolean header;
    private int rows;

    CsvPass(byte[] bytes, int bom, char delimiter, HeaderMode headerMode, ImportLimits limits, Set<Integer> textColumns) {
        this.limits = limits;
        this.delimiter = delimiter;
        Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, bom, bytes.length - bom), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(reader, CsvImporter.format(delimiter))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record = next(records, line);
                if (record == null) {
                    break;
                }
                if (CsvImporter.isBlank(record)) {
                    continue;
                }
                if (columns.isEmpty()) {
                    header = start(record, line, headerMode, textColumns);
                    if (header) {
                        continue;
                    }
                }
                addRow(record, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory: does not happen
        }
    }

    private static CSVRecord next(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("EOF reached before encapsulated token finished")) {
                throw new DataFormatException("Line " + line + ": a quoted field starts here but its closing quote (\") is missing. "
                        + "Close the quote, or double any quote inside a quoted value (\"\").");
            }
            throw new DataFormatException("Line " + line + ": the quoting is broken (text after a closing quote, or a stray quote). "
                    + "Quote whole values and double any quote inside them (\"\").");
        }
    }

    /** Names the columns from the first record; returns whether that record was a header. */
    private boolean start(CSVRecord first, long line, HeaderMode mode, Set<Integer> textColumns) {
        if (first.size() < 2) {
            throw new DataFormatException("Line " + line + " has a single column: no comma, semicolon or tab separates values. "
                    + "A dataset needs at least one feature column and a target column.");
        }
        if (first.size() > limits.maxColumns()) {
            throw new DataFormatException("The file has " + first.size() + " columns, over the limit of " + limits.maxColumns()
                    + ". Remove the columns you do not need before uploading.");
        }
        boolean isHeader = mode == HeaderMode.PRESENT || mode == HeaderMode.DETECT && noNumbers(first);
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < first.size(); j++) {
            String name = isHeader ? first.get(j).strip() : "column" + (j + 1);
            if (name.isEmpty()) {
                throw new DataFormatException("Line " + line + ": column " + (j + 1) + " has no name in the header row. Give every column a name.");
            }
            if (name.length() > ImportLimits.MAX_COLUMN_NAME) {
                throw new DataFormatException(String.format("Line %d: the name of column %d in the header row is %,d characters long, "
                        + "over the limit of %d. Give it a shorter name.", line, j + 1, name.length(), ImportLimits.MAX_COLUMN_NAME));
            }
            if (!seen.add(name)) {
                throw new DataFormatException("Line " + line + ": the header names two columns '" + name + "'. Give every column a different name.");
            }
            columns.add(new ColumnBuilder(name, textColumns.contains(j), delimiter == ';'));
        }
        return isHeader;
    }

    private static boolean noNumbers(CSVRecord r) {
        for (String cell : r) {
            if (Numbers.isDecimal(cell.strip())) {
                return false;
            }
        }
        return true;
    }

    private void addRow(CSVRecord record, long line) {
        if (record.size() != columns.size()) {
            throw new DataFormatException("Line " + line + " has " + record.size() + " fields, expected " + columns.size()
                    + (header ? " like the header" : " like the first row") + ". Check for a missing or extra "
                    + delimiterName() + " on that line, and quote values that contain one.");
        }
        if (++rows > limits.maxRows()) {
            throw new DataFormatException("The file has more than " + limits.maxRows() + " data rows, the limit. "
                    + "Upload a sample of at most " + limits.maxRows() + " rows.");
        }
        for (int j = 0; j < columns.size(); j++) {
            columns.get(j).add(record.get(j).strip(), line);
        }
    }

    private String delimiterName() {
        return delimiter == '\t' ? "tab" : delimiter == ';' ? "semicolon" : "comma";
    }

    Set<Integer> lateTextColumns() {
        Set<Integer> late = new HashSet<>();
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).switchedLate()) {
                late.add(j);
            }
        }
        return late;
    }

    RawTable toTable(String fileName, boolean bom) {
        if (rows == 0) {
            throw new DataFormatException("The file has a header row but no data rows. Add at least one row of values below the header.");
        }
        List<RawColumn> built = new ArrayList<>(columns.size());
        for (ColumnBuilder c : columns) {
            if (c.nonFiniteLine() >= 0) {
                throw new DataFormatException("Line " + c.nonFiniteLine() + ", column '" + c.name() + "': " + DataFormatException.quote(c.nonFiniteValue())
                        + " is not a finite number (infinite, or beyond ±1.8e308). Correct it, or leave the cell empty to mark it missing.");
            }
            RawColumn column = c.build();
            if (column.missingCount() == rows) {
                throw new DataFormatException("Column '" + c.name() + "' has no values: all " + rows
                        + " rows are missing (empty, NA, NaN or ?). Remove the column or fill it in.");
            }
            built.add(column);
        }
        return new RawTable(fileName, delimiter, header, bom, built, rows, limits);
    }
}
