package dev.chainrule.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an upload while counting its bytes, and stops as soon as more than the size limit has
 * arrived: a request is never buffered past the limit, whatever its Content-Length header says
 * (a stated length over the limit is refused before reading; a stated length is never trusted).
 */
public final class LimitedRead {
    private static final int CHUNK = 64 * 1024;

    private LimitedRead() {
    }

    /**
     * @param declaredSize the size the request states (Content-Length, a part's size), or -1 when unknown
     * @throws TooLargeException as soon as the stated size or the bytes read exceed {@code limits.maxBytes()}
     */
    public static byte[] readAll(InputStream in, long declaredSize, ImportLimits limits) throws IOException {
        long max = limits.maxBytes();
        if (declaredSize > max) {
            throw tooLarge(ImportLimits.megabytes(declaredSize), limits);
        }
        // Chunks rather than a growing array: a refused request leaves at most the limit behind, never a copy of it.
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        while (true) {
            byte[] chunk = new byte[CHUNK];
            int filled = 0;
            int n;
            // Never asks for more than one byte past the limit, so not even the stream's own buffers read far beyond it.
            while (filled < CHUNK && (n = in.read(chunk, filled, (int) Math.min(CHUNK - filled, max + 1 - total - filled))) >= 0) {
                filled += n;
                if (total + filled > max) {
                    throw tooLarge("more than " + limits.maxBytesText(), limits);
                }
            }
            total += filled;
            if (filled < CHUNK) {
                return join(chunks, chunk, filled, total);
            }
            chunks.add(chunk);
        }
    }

    private static byte[] join(List<byte[]> full, byte[] last, int lastLength, long total) {
        byte[] all = new byte[(int) total];
        int at = 0;
        for (byte[] c : full) {
            System.arraycopy(c, 0, all, at, c.length);
            at += c.length;
        }
        System.arraycopy(last, 0, all, at, lastLength);
        return all;
    }

    static TooLargeException tooLarge(String size, ImportLimits limits) {
        return new TooLargeException("The file is " + size + ", over the upload limit of " + limits.maxBytesText()
                + ". Upload a smaller sample (fewer rows or columns).");
    }
}
