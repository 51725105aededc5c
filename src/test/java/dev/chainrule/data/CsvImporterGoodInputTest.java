package dev.chainrule.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every ordinary CSV variant imports with the right separator, header, types and shape. */
class CsvImporterGoodInputTest {

    @Test
    void plainCommaFileWithHeader() {
        RawTable t = Csv.parse("x1,x2,y\n0.5,0.8,1.0\n0.1,0.2,0\n");

        assertThat(t.delimiter()).isEqualTo(',');
        assertThat(t.header()).isTrue();
        assertThat(t.byteOrderMark()).isFalse();
        assertThat(t.columnNames()).containsExactly("x1", "x2", "y");
        assertThat(t.rows()).isEqualTo(2);
        assertThat(t.column("x2").isNumeric()).isTrue();
        assertThat(t.column("x2").number(0)).isEqualTo(0.8);
    }

    @Test
    void utf8ByteOrderMarkIsSkippedAndRecorded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes("größe,y\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8));

        RawTable t = Csv.parse(out.toByteArray());

        assertThat(t.byteOrderMark()).isTrue();
        assertThat(t.columnNames()).containsExactly("größe", "y");
    }

    @Test
    void semicolonSeparatedIsDetected() {
        RawTable t = Csv.parse("a;b;c\n1;2;3\n4;5;6\n");

        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(t.delimiterName()).isEqualTo("semicolon");
        assertThat(t.columns()).hasSize(3);
    }

    @Test
    void semicolonFilesMayUseDecimalCommas() {
        RawTable t = Csv.parse("länge;breite;y\n1,5;2.25;0\n-0,75;3;1\n");

        assertThat(t.column("länge").isNumeric()).isTrue();
        assertThat(t.column("länge").number(0)).isEqualTo(1.5);
        assertThat(t.column("länge").number(1)).isEqualTo(-0.75);
        assertThat(t.column("breite").number(0)).isEqualTo(2.25);
    }

    @Test
    void commaFilesDoNotTakeCommasInQuotedValuesAsDecimals() {
        RawTable t = Csv.parse("a,y\n\"1,5\",0\n2,1\n");

        assertThat(t.column("a").isNumeric()).isFalse();
        assertThat(t.column("a").text(0)).isEqualTo("1,5");
    }

    @Test
    void tabSeparatedIsDetected() {
        RawTable t = Csv.parse("a\tb\n1\t2\n3\t4\n");

        assertThat(t.delimiter()).isEqualTo('\t');
        assertThat(t.column("b").number(1)).isEqualTo(4.0);
    }

    @Test
    void quotedFieldsKeepEmbeddedSeparatorsNewlinesAndQuotes() {
        RawTable t = Csv.parse("name,x,y\n\"Smith, John\",1,0\n\"two\nlines\",2,1\n\"say \"\"hi\"\"\",3,1\n");

        assertThat(t.rows()).isEqualTo(3);
        assertThat(t.column("name").isNumeric()).isFalse();
        assertThat(t.column("name").text(0)).isEqualTo("Smith, John");
        assertThat(t.column("name").text(1)).isEqualTo("two\nlines");
        assertThat(t.column("name").text(2)).isEqualTo("say \"hi\"");
    }

    @Test
    void crlfLineEndings() {
        RawTable t = Csv.parse("a,b\r\n1,2\r\n3,4\r\n");

        assertThat(t.rows()).isEqualTo(2);
        assertThat(t.column("b").number(1)).isEqualTo(4.0);
    }

    @Test
    void withoutHeaderColumnsGetGeneratedNames() {
        RawTable t = Csv.parse("0.5,0.8,1\n0.1,0.2,0\n");

        assertThat(t.header()).isFalse();
        assertThat(t.columnNames()).containsExactly("column1", "column2", "column3");
        assertThat(t.rows()).isEqualTo(2);
    }

    @Test
    void headerCanBeStatedWhenDetectionCannotTell() {
        byte[] bytes = "red,small\nblue,large\n".getBytes(StandardCharsets.UTF_8);

        RawTable t = CsvImporter.parse(bytes, "t.csv", ImportLimits.DEFAULTS, HeaderMode.ABSENT);

        assertThat(t.columnNames()).containsExactly("column1", "column2");
        assertThat(t.rows()).isEqualTo(2);
    }

    @Test
    void trailingAndInnerBlankLinesAreIgnored() {
        RawTable t = Csv.parse("a,b\n1,2\n\n3,4\n\n\n   \n");

        assertThat(t.rows()).isEqualTo(2);
    }

    @Test
    void textCategoriesAndMissingMarkers() {
        RawTable t = Csv.parse("color,size,y\nred,1,a\nblue,NA,b\n,3,a\nred,?,b\ngreen,NaN,a\n");

        RawColumn color = t.column("color");
        assertThat(color.isNumeric()).isFalse();
        assertThat(color.levels()).containsExactly("red", "blue", "green");
        assertThat(color.missingCount()).isEqualTo(1);
        assertThat(color.isMissing(2)).isTrue();
        assertThat(t.column("size").isNumeric()).isTrue();
        assertThat(t.column("size").missingCount()).isEqualTo(3);
    }

    @Test
    void aColumnThatTurnsToTextLateKeepsItsOriginalText() {
        // "1.50" must stay "1.50", not come back as "1.5" from a parsed double.
        RawTable t = Csv.parse("code,y\n1.50,0\n007,1\nB12,0\n");

        RawColumn code = t.column("code");
        assertThat(code.isNumeric()).isFalse();
        assertThat(code.text(0)).isEqualTo("1.50");
        assertThat(code.text(1)).isEqualTo("007");
        assertThat(code.text(2)).isEqualTo("B12");
    }

    @Test
    void spacesAroundValuesAreTrimmed() {
        RawTable t = Csv.parse(" a , b \n 1 , red \n 2 , \"blue\" \n");

        assertThat(t.columnNames()).containsExactly("a", "b");
        assertThat(t.column("a").number(1)).isEqualTo(2.0);
        assertThat(t.column("b").text(1)).isEqualTo("blue");
    }

    @Test
    void lastLineWithoutNewline() {
        RawTable t = Csv.parse("a,b\n1,2\n3,4");

        assertThat(t.rows()).isEqualTo(2);
    }

    @Test
    void previewShowsTextAndMissingCells() {
        RawTable t = Csv.parse("a,b\n1,x\nNA,y\n");

        assertThat(t.preview(5)).containsExactly(java.util.List.of("1", "x"), java.util.Arrays.asList(null, "y"));
    }
}
