package dev.chainrule.share;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Share tokens: 128 bits from {@link SecureRandom}, written base64url without padding (22
 * characters, fit for a path). Whoever has the token sees the run, so it must not be guessable;
 * 2^128 possibilities make trying them pointless.
 */
public final class ShareTokens {
    /** The length of every token: ⌈128 / 6⌉. */
    public static final int LENGTH = 22;
    private static final int BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    private ShareTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether {@code text} could be a token at all; a mistyped link is answered without a query. */
    public static boolean looksLikeToken(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
