package dev.chainrule.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one parser of every number field: what people type, read exactly, and nothing else. */
class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e-4|1e-4", "1E-4|1E-4", "0.0001|0.0001", ".5|.5", "5e-3|5e-3", "-2|-2", "+3|3", "'  2.5e-3 '|2.5e-3",
        "5.|5", "1e308|1e308", "-0.1|-0.1", "0.1|0.1", "123456789.123456789|123456789.123456789", "4.9e-324|4.9e-324"})
    void readsWhatPeopleTypeExactlyAsParseDoubleOfTheCanonicalText(String typed, String canonical) {
        assertThat(NumberText.parse(typed)).hasValue(Double.parseDouble(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1,5", "1.000,5", "1e", "1e+", "e3", ".", "-", "0x1p3", "NaN", "Infinity",
        "-inf", "1d", "2f", "1 000", "1e-4x", "--1", "1..2", "½"})
    void refusesEverythingElse(String typed) {
        assertThat(NumberText.parse(typed)).isEmpty();
        assertThat(NumberText.parseWhole(typed)).isEmpty();
    }

    @Test
    void aNumberBeyondADoubleIsInfiniteNotRounded() {
        assertThat(NumberText.parse("1e400")).hasValue(Double.POSITIVE_INFINITY);
        assertThat(NumberText.parseWhole("1e99999999999")).isEmpty(); // exponent beyond an int: no number, no hang
        assertThat(NumberText.parseWhole("1e999999999")).isEmpty(); // whole but far beyond an int, decided without expanding it
    }

    @ParameterizedTest
    @CsvSource({"1e3,1000", "1000,1000", "1000.0,1000", "+16,16", "-2,-2", "2147483647,2147483647", "1.6e1,16", "' 42 ',42"})
    void wholeNumbersMayBeWrittenWithAnExponent(String typed, int expected) {
        assertThat(NumberText.parseWhole(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "1e-1", "2147483648", "-2147483649", "1e10"})
    void aFractionOrANumberBeyondAnIntIsNotWhole(String typed) {
        assertThat(NumberText.parseWhole(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0.01,0.01", "1e-4,0.0001", "1e-5,1e-5", "200,200", "2.5e12,2.5e12", "1e308,1e308", "0.999,0.999", "0,0", "-3.5,-3.5"})
    void formatsAsPeopleWriteNumbers(double value, String text) {
        assertThat(NumberText.format(value)).isEqualTo(text);
    }

    @Test
    void formatIsReadBackAsTheSameDouble() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                default -> random.nextInt(2000) / 1000.0;
            };
            if (Double.isFinite(v)) {
                assertThat(NumberText.parse(NumberText.format(v))).as("%s", v).hasValue(v);
            }
        }
        assertThat(NumberText.parse(NumberText.format(Double.MIN_VALUE))).hasValue(Double.MIN_VALUE);
        assertThat(NumberText.parse(NumberText.format(-Double.MAX_VALUE))).hasValue(-Double.MAX_VALUE);
    }
}
