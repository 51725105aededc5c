package dev.chainrule.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** An upload is counted while it is read: refused as soon as it passes the limit, whatever its stated size. */
class LimitedReadTest {
    private static final ImportLimits ONE_MB = new ImportLimits(ImportLimits.MEGABYTE, 100, 10, 10);

    @Test
    void readsAFileUpToTheLimitWhole() throws Exception {
        byte[] exact = new byte[(int) ImportLimits.MEGABYTE];
        Arrays.fill(exact, (byte) 'a');
        exact[exact.length - 1] = 'z';

        assertThat(LimitedRead.readAll(new ByteArrayInputStream(exact), exact.length, ONE_MB)).isEqualTo(exact);
        assertThat(LimitedRead.readAll(new ByteArrayInputStream(new byte[0]), -1, ONE_MB)).isEmpty();
        assertThat(LimitedRead.readAll(new ByteArrayInputStream("a,b\n1,2\n".getBytes()), -1, ONE_MB)).hasSize(8);
    }

    @Test
    void aStatedSizeOverTheLimitIsRefusedBeforeReading() {
        Counting in = new Counting(Long.MAX_VALUE);

        assertThatThrownBy(() -> LimitedRead.readAll(in, 100 * ImportLimits.MEGABYTE, ONE_MB))
                .isInstanceOf(TooLargeException.class)
                .hasMessage("The file is 100 MB, over the upload limit of 1 MB. Upload a smaller sample (fewer rows or columns).");
        assertThat(in.served).isZero();
    }

    @Test
    void aStatedSizeIsNotTrustedTheBytesAreCounted() {
        Counting lying = new Counting(100 * ImportLimits.MEGABYTE);

        assertThatThrownBy(() -> LimitedRead.readAll(lying, 10, ONE_MB))
                .isInstanceOf(TooLargeException.class)
                .hasMessage("The file is more than 1 MB, over the upload limit of 1 MB. Upload a smaller sample (fewer rows or columns).");
        assertThat(lying.served).isEqualTo(ImportLimits.MEGABYTE + 1);
    }

    /** Serves {@code size} bytes of '1' and counts what was asked for. */
    private static final class Counting extends InputStream {
        private final long size;
        long served;

        Counting(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return '1';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = (int) Math.min(len, size - served);
            if (len == 0) {
                return 0;
            }
            if (n <= 0) {
                return -1;
            }
            Arrays.fill(b, off, off + n, (byte) '1');
            served += n;
            return n;
        }
    }
}
