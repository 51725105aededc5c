package dev.chainrule.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Random bytes and random mutations of valid CSVs: the importer (and the preparation after it)
 * must return a result or a {@link DataFormatException}, never another exception, and each
 * input must finish within 2 seconds (the inputs are under 500 bytes). Seeded, so a failure is reproducible; a few seconds in all.
 */
class CsvImporterFuzzTest {

    private static final List<String> VALID = List.of(
            "x1,x2,y\n0.5,0.8,1.0\n0.1,0.2,0\n0.3,0.9,1\n",
            "color;size;label\nred;1,5;a\n\"blue;dark\";2;b\ngreen;NA;a\n",
            "a\tb\tc\r\n1\t2\t3\r\n4\t5\t6\r\n",
            "\uFEFFname,age,ok\n\"Smith, J\",31,yes\n\"multi\nline\",?,no\n\"q\"\"uote\",40,yes\n",
            "1,2,3\n4,5,6\n7,8,9\n\n\n",
            "f,g,t\n1e3,-2.5e-3,x\n.5,+7,y\n8.,inf,z\n");

    /** Bytes that matter to a CSV parser, a UTF-8 decoder or a number parser. */
    private static final byte[] INTERESTING = "\",;\t\n\r \\0123456789.eE+-?NAaninf".getBytes(StandardCharsets.US_ASCII);

    @Test
    void importerNeverThrowsAnythingButDataFormatException() {
        SplittableRandom random = new SplittableRandom(20240611L);
        ImportLimits limits = new ImportLimits(64 * 1024, 1_000, 200, 20);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            int accepted = 0;
            for (int i = 0; i < 4_000; i++) {
                byte[] input = i % 4 == 0 ? randomBytes(random) : mutate(VALID.get(random.nextInt(VALID.size())), random);
                if (importsCleanly(input, limits)) {
                    accepted++;
                }
            }
            // The mutations must leave some files valid, or the fuzzing only tests the first checks.
            assertThat(accepted).isGreaterThan(200);
        });
    }

    private static boolean importsCleanly(byte[] input, ImportLimits limits) {
        long start = System.nanoTime();
        try {
            RawTable table = CsvImporter.parse(input, "fuzz.csv", limits);
            assertThat(table.rows()).isPositive();
            FuzzFollowUp.afterImport(table);
            return true;
        } catch (DataFormatException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail("unexpected " + e + " for input " + describe(input), e);
            return false;
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            // Generous for a shared 2-core machine (class loading, GC); a super-linear path would take far longer.
            if (millis > 2_000) {
                fail("took " + millis + " ms for input " + describe(input));
            }
        }
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] b = new byte[random.nextInt(1, 400)];
        for (int i = 0; i < b.length; i++) {
            // Half the time printable-ish CSV bytes, so the parser gets past the first checks.
            b[i] = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
        }
        return b;
    }

    private static byte[] mutate(String valid, SplittableRandom random) {
        byte[] b = valid.getBytes(StandardCharsets.UTF_8);
        int mutations = random.nextInt(1, 5);
        for (int m = 0; m < mutations && b.length > 0; m++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                case 1 -> b[at] = (byte) random.nextInt(256);
                case 2 -> b = insert(b, at, INTERESTING[random.nextInt(INTERESTING.length)]);
                case 3 -> b = remove(b, at);
                case 4 -> b = Arrays.copyOf(b, at);
                default -> b = duplicate(b, at, random.nextInt(1, 40));
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte value) {
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(b, at, out, at + 1, b.length - at);
        return out;
    }

    private static byte[] remove(byte[] b, int at) {
        byte[] out = new byte[b.length - 1];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + 1, out, at, b.length - at - 1);
        return out;
    }

    private static byte[] duplicate(byte[] b, int at, int length) {
        int n = Math.min(length, b.length - at);
        byte[] out = new byte[b.length + n];
        System.arraycopy(b, 0, out, 0, at + n);
        System.arraycopy(b, at, out, at + n, b.length - at);
        return out;
    }

    private static String describe(byte[] input) {
        return "\"" + new String(input, StandardCharsets.ISO_8859_1).replace("\n", "\\n").replace("\r", "\\r") + "\" "
                + Arrays.toString(input);
    }
}
