package dev.chainrule.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one column while the CSV streams past. A column starts numeric and turns to text at
 * the first cell that is neither a number nor a missing marker. Numbers seen before that point
 * cannot be turned back into their exact original text, so the importer then parses the file a
 * second time with that column declared text from the start ({@link #switchedLate()}).
 */
final class ColumnBuilder {

    private final String name;
    private boolean text;
    private boolean switchedLate;
    private double[] numbers = new double[1024];
    private int[] codes;
    private Map<String, Integer> dictionary;
    private List<String> levels;
    private int size;
    private int missing;
    private int presentNumbers;
    private long nonFiniteLine = -1;
    private String nonFiniteValue;

    private final boolean decimalComma;

    ColumnBuilder(String name, boolean forcedText, boolean decimalComma) {
        this.name = name;
        this.decimalComma = decimalComma;
        if (forcedText) {
            toText();
        }
    }

    void add(String cell, long line) {
        if (Numbers.isMissing(cell)) {
            missing++;
            if (text) {
                appendCode(-1);
            } else {
                appendNumber(Double.NaN);
            }
            return;
        }
        if (!text) {
            if (Numbers.isDecimal(cell, decimalComma)) {
                double v = Double.parseDouble(decimalComma ? cell.replace(',', '.') : cell);
                if (Double.isInfinite(v)) {
                    rememberNonFinite(cell, line);
                    v = Double.NaN;
                }
                presentNumbers++;
                appendNumber(v);
                return;
            }
            if (Numbers.isInfinity(cell)) {
                rememberNonFinite(cell, line);
                appendNumber(Double.NaN);
                return;
            }
            switchedLate = presentNumbers > 0 || nonFiniteLine >= 0;
            toText();
        }
        appendCode(dictionary.computeIfAbsent(cell, k -> {
            levels.add(k);
            return levels.size() - 1;
        }));
    }

    private void rememberNonFinite(String cell, long line) {
        if (nonFiniteLine < 0) {
            nonFiniteLine = line;
            nonFiniteValue = cell;
        }
    }

    /** Earlier numbers are kept as placeholders only: a second pass replaces this column. */
    private void toText() {
        text = true;
        codes = new int[Math.max(numbers.length, 16)];
        Arrays.fill(codes, 0, size, -1);
        numbers = null;
        dictionary = new HashMap<>();
        levels = new ArrayList<>();
    }

    private void appendNumber(double v) {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size++] = v;
    }

    private void appendCode(int code) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
        }
        codes[size++] = code;
    }

    boolean switchedLate() {
        return switchedLate;
    }

    String name() {
        return name;
    }

    /** Line of the first infinite or overflowing value in a numeric column, -1 if none. */
    long nonFiniteLine() {
        return text ? -1 : nonFiniteLine;
    }

    String nonFiniteValue() {
        return nonFiniteValue;
    }

    RawColumn build() {
        if (text) {
            return RawColumn.text(name, Arrays.copyOf(codes, size), levels, missing);
        }
        return RawColumn.numeric(name, Arrays.copyOf(numbers, size), missing);
    }
}
