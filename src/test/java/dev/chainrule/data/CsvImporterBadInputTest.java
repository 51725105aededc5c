package dev.chainrule.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every hostile or broken file is refused with a one-line message saying what, where and what to do. */
class CsvImporterBadInputTest {

    private static org.assertj.core.api.AbstractStringAssert<?> refusal(String csv) {
        return refusal(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static org.assertj.core.api.AbstractStringAssert<?> refusal(byte[] bytes) {
        try {
            Csv.parse(bytes);
        } catch (DataFormatException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return assertThat(e.getMessage());
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void emptyFile() {
        refusal("").isEqualTo("The file is empty. Choose a CSV file with a header row and at least one data row.");
        refusal("\n\r\n  \n").startsWith("The file is empty.");
        refusal(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).startsWith("The file is empty.");
    }

    @Test
    void headerOnly() {
        refusal("x1,x2,y\n").isEqualTo("The file has a header row but no data rows. Add at least one row of values below the header.");
    }

    @Test
    void oneColumn() {
        refusal("value\n1\n2\n3\n").startsWith("Line 1 has a single column: no comma, semicolon or tab separates values.");
    }

    @Test
    void raggedRowNamesTheLineAndTheCounts() {
        refusal("a,b,c\n1,2,3\n4,5,6\n7,8\n")
                .isEqualTo("Line 4 has 2 fields, expected 3 like the header. Check for a missing or extra comma on that line, "
                        + "and quote values that contain one.");
    }

    @Test
    void raggedRowAfterAMultiLineQuotedFieldCountsLinesInTheFile() {
        refusal("a,b\n\"x\ny\",1\n\n1,2,3\n").startsWith("Line 5 has 3 fields, expected 2");
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereItOpens() {
        refusal("a,b\n1,2\n\"open,3\n4,5\n6,7\n").startsWith("Line 3: a quoted field starts here but its closing quote (\") is missing.");
    }

    @Test
    void textAfterAClosingQuote() {
        refusal("a,b\n1,2\n\"x\"y,3\n").startsWith("Line 3: the quoting is broken");
    }

    @Test
    void nonUtf8BytesNameTheLine() {
        byte[] latin1 = "name,y\nJose,1\nJos\u00e9,2\n".getBytes(StandardCharsets.ISO_8859_1);

        refusal(latin1).startsWith("Line 3: the file is not valid UTF-8 (byte 18 is 0xE9, perhaps Latin-1 or Windows-1252).")
                .endsWith("Save it again as \"CSV UTF-8\" and upload that.");
    }

    @Test
    void utf16IsRecognisedAndRefused() {
        refusal("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16)).startsWith("The file is encoded as UTF-16, not UTF-8.");
    }

    @Test
    void binaryFileRenamedCsv() {
        // The first bytes of an .xlsx (a zip archive).
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00};

        refusal(zip).isEqualTo("This is not a text CSV file: it contains binary data (a zero byte at byte 6). "
                + "If it is a spreadsheet, export it as CSV (UTF-8) first.");
    }

    @Test
    void hugeExponentInANumericColumn() {
        refusal("x,y\n1,0\n1e400,1\n").isEqualTo("Line 3, column 'x': '1e400' is not a finite number (infinite, or beyond ±1.8e308). "
                + "Correct it, or leave the cell empty to mark it missing.");
    }

    @Test
    void infinityInANumericColumn() {
        refusal("x,y\n1,0\n2,1\n-inf,1\n").startsWith("Line 4, column 'x': '-inf' is not a finite number");
        refusal("x,y\nInfinity,0\n2,1\n").startsWith("Line 2, column 'x': 'Infinity' is not a finite number");
    }

    @Test
    void nanTextIsAMissingValueNeverANumber() {
        // NaN is one of the missing markers: counted as missing, so no NaN ever reaches the engine.
        RawTable t = Csv.parse("x,y\n1,0\nNaN,1\n3,1\n");
        assertThat(t.column("x").missingCount()).isEqualTo(1);

        refusal("x,y\nNaN,0\nnan,1\n").startsWith("Column 'x' has no values: all 2 rows are missing");
    }

    @Test
    void duplicateHeaderNames() {
        refusal("a,b,a\n1,2,3\n").isEqualTo("Line 1: the header names two columns 'a'. Give every column a different name.");
    }

    @Test
    void emptyHeaderName() {
        refusal("a,,c\n1,2,3\n").isEqualTo("Line 1: column 2 has no name in the header row. Give every column a name.");
    }

    @Test
    void allValuesMissingInAColumn() {
        refusal("a,b,c\n1,,3\n4,NA,6\n7,?,9\n")
                .isEqualTo("Column 'b' has no values: all 3 rows are missing (empty, NA, NaN or ?). Remove the column or fill it in.");
    }

    @Test
    void hundredMegabyteFileIsRefusedBySize() {
        byte[] big = new byte[100 * 1024 * 1024];

        refusal(big).isEqualTo("The file is 100 MB, over the upload limit of 20 MB. Upload a smaller sample (fewer rows or columns).");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAsTooLargeWhateverItHolds() {
        ImportLimits tiny = new ImportLimits(16, 100, 10, 10);

        assertThatThrownBy(() -> CsvImporter.parse("a,b\n1,2\n3,4\n5,6\n7,8\n".getBytes(StandardCharsets.UTF_8), "t.csv", tiny))
                .isInstanceOf(TooLargeException.class);
        assertThatThrownBy(() -> CsvImporter.read(new java.io.ByteArrayInputStream(new byte[17]), "t.csv", tiny))
                .isInstanceOf(TooLargeException.class);
        assertThatThrownBy(() -> CsvImporter.parse("\n\n".getBytes(StandardCharsets.UTF_8), "t.csv", tiny))
                .as("other refusals are not about the size").isNotInstanceOf(TooLargeException.class)
                .isInstanceOf(DataFormatException.class);
    }

    @Test
    void hundredMegabyteStreamIsRefusedAfterReadingOnlyTheLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return served[0]++ < 100L * 1024 * 1024 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, 100L * 1024 * 1024 - served[0]);
                if (len == 0) {
                    return 0;
                }
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) '1');
                served[0] += n;
                return n;
            }
        };

        assertThatThrownBy(() -> CsvImporter.read(endless, "big.csv", ImportLimits.DEFAULTS))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("The file is more than 20 MB, over the upload limit of 20 MB. Upload a smaller sample (fewer rows or columns).");
        assertThat(served[0]).isLessThanOrEqualTo(20L * 1024 * 1024 + 1);
    }

    @Test
    void tooManyRows() {
        ImportLimits limits = new ImportLimits(ImportLimits.MEGABYTE, 3, 1000, 100);
        byte[] csv = "a,b\n1,2\n3,4\n5,6\n7,8\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvImporter.parse(csv, "t.csv", limits))
                .hasMessage("The file has more than 3 data rows, the limit. Upload a sample of at most 3 rows.");
    }

    @Test
    void tooManyColumns() {
        ImportLimits limits = new ImportLimits(ImportLimits.MEGABYTE, 100, 3, 100);
        byte[] csv = "a,b,c,d\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvImporter.parse(csv, "t.csv", limits))
                .hasMessage("The file has 4 columns, over the limit of 3. Remove the columns you do not need before uploading.");
    }

    @Test
    void aHeaderCellOverTwoHundredCharactersIsRefusedNamingItsColumn() {
        String longName = "x".repeat(ImportLimits.MAX_COLUMN_NAME + 1);
        byte[] csv = ("a," + longName + ",c\n1,2,3\n").getBytes(StandardCharsets.UTF_8);
        byte[] fits = ("a," + "x".repeat(ImportLimits.MAX_COLUMN_NAME) + ",c\n1,2,3\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvImporter.parse(csv, "t.csv", ImportLimits.DEFAULTS))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("Line 1: the name of column 2 in the header row is 201 characters long, over the limit of 200. "
                        + "Give it a shorter name.");
        assertThat(CsvImporter.parse(fits, "t.csv", ImportLimits.DEFAULTS).columns()).hasSize(3);
    }
}
