package dev.chainrule.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed CSV before any modelling decision: named columns of numbers or text, and the
 * decisions the importer took on the way (separator, header, byte order mark), so the UI can
 * show them and the user can correct them.
 *
 * @param limits the limits the file was imported under; preparation applies the same ones
 */
public record RawTable(String fileName, char delimiter, boolean header, boolean byteOrderMark,
                       List<RawColumn> columns, int rows, ImportLimits limits) {

    public RawTable {
        Objects.requireNonNull(fileName, "fileName must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        columns = List.copyOf(columns);
        if (columns.size() < 2) {
            throw new IllegalArgumentException("a table needs at least 2 columns, had " + columns.size());
        }
        if (rows < 1) {
            throw new IllegalArgumentException("a table needs at least 1 row, had " + rows);
        }
        for (RawColumn c : columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size() + " values, expected " + rows);
            }
        }
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    /** @throws DataFormatException naming the columns there are, when {@code name} is not one */
    public RawColumn column(String name) {
        return columns.get(indexOf(name));
    }

    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new DataFormatException("There is no column '" + name + "'. The columns are: " + String.join(", ", columnNames()) + ".");
    }

    /** The separator as the user reads it: "comma", "semicolon" or "tab". */
    public String delimiterName() {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "'" + delimiter + "'";
        };
    }

    /** The first {@code n} rows as text (null for a missing cell), for a preview grid. */
    public List<List<String>> preview(int n) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < Math.min(n, rows); r++) {
            List<String> row = new ArrayList<>(columns.size());
            for (RawColumn c : columns) {
                row.add(c.text(r));
            }
            out.add(row);
        }
        return out;
    }

    /**
     * About what this table holds on the heap (for caches bounded by bytes): 8 bytes a cell for
     * numbers, 4 for a text code, plus each distinct text once (two bytes a character and an
     * object's overhead).
     */
    public long estimatedBytes() {
        long bytes = 256;
        for (RawColumn column : columns) {
            bytes += 128 + (long) column.size() * (column.isNumeric() ? Double.BYTES : Integer.BYTES);
            if (!column.isNumeric()) {
                for (String level : column.levels()) {
                    bytes += 48 + 2L * level.length();
                }
            }
        }
        return bytes;
    }
}
