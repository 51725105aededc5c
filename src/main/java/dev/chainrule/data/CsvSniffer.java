package dev.chainrule.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Looks at the raw bytes before parsing: byte order mark, binary content, UTF-8 validity, and
 * which separator the file uses. Each refusal says where and what to do.
 */
final class CsvSniffer {

    static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_RECORDS = 50;

    private CsvSniffer() {
    }

    /** Length of a UTF-8 byte order mark at the start (3), or 0. UTF-16 marks are refused. */
    static int byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            throw new DataFormatException("The file is encoded as UTF-16, not UTF-8. Save it again as \"CSV UTF-8\" and upload that.");
        }
        return 0;
    }

    /** A NUL byte never occurs in a text CSV, but in nearly every binary format (xlsx, zip, images). */
    static void refuseBinary(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                throw new DataFormatException("This is not a text CSV file: it contains binary data (a zero byte at byte "
                        + (i + 1) + "). If it is a spreadsheet, export it as CSV (UTF-8) first.");
            }
        }
    }

    /** Decodes in small chunks only to find the first invalid byte; the text itself is decoded later. */
    static void requireUtf8(byte[] b, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw notUtf8(b, in.position());
            }
            if (result.isUnderflow()) {
                if (decoder.flush(out).isError()) {
                    throw notUtf8(b, in.position());
                }
                return;
            }
            out.clear();
        }
    }

    private static DataFormatException notUtf8(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return new DataFormatException("Line " + line + ": the file is not valid UTF-8 (byte " + (offset + 1)
                + " is 0x" + String.format("%02X", b[offset] & 0xFF) + ", perhaps Latin-1 or Windows-1252). "
                + "Save it again as \"CSV UTF-8\" and upload that.");
    }

    /**
     * The separator that splits the first records into the same number of fields (at least 2)
     * most consistently; on a tie, the one giving more fields. Comma when none splits anything
     * (the caller then reports a one-column file).
     */
    static char delimiter(byte[] b, int from) {
        int end = Math.min(b.length, from + SAMPLE_BYTES);
        if (end < b.length) {
            int lastNewline = end - 1;
            while (lastNewline > from && b[lastNewline] != '\n') {
                lastNewline--;
            }
            end = lastNewline > from ? lastNewline : end;
        }
        String sample = new String(b, from, end - from, StandardCharsets.UTF_8);
        char best = ',';
        double bestAgreement = 0;
        int bestFields = 1;
        for (char d : DELIMITERS) {
            Map<Integer, Integer> counts = fieldCounts(sample, d);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                double agreement = e.getValue() / (double) total;
                int fields = e.getKey();
                if (fields >= 2 && (agreement > bestAgreement || agreement == bestAgreement && fields > bestFields)) {
                    best = d;
                    bestAgreement = agreement;
                    bestFields = fields;
                }
            }
        }
        return best;
    }

    private static Map<Integer, Integer> fieldCounts(String sample, char delimiter) {
        Map<Integer, Integer> counts = new HashMap<>();
        CSVFormat format = CsvImporter.format(delimiter);
        int seen = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(sample), format)) {
            for (CSVRecord r : parser) {
                if (!CsvImporter.isBlank(r)) {
                    counts.merge(r.size(), 1, Integer::sum);
                    if (++seen == SAMPLE_RECORDS) {
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // A sample cut inside a quoted field ends early: the records read so far still count.
        }
        return counts;
    }
}
