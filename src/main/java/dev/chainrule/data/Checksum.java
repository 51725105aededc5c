package dev.chainrule.data;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A dataset's fingerprint: the library and the headless command must compute the same one for the same bytes. */
public final class Checksum {
    private Checksum() {
    }

    /** SHA-256 of the bytes, as 64 lower-case hex digits (the experiment's {@code data.checksum}). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
