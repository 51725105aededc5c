package dev.chainrule.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet (issue 11), each with a message a person can act on:
 * long enough, short enough for bcrypt, not one character repeated, not the user name, and
 * not one of the common passwords shipped in {@value #COMMON_PASSWORDS}.
 * Rules a person can follow, not a strength score: length does more than forced symbols.
 */
@Component
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;

    /**
     * bcrypt reads only the first 72 bytes of a password, so two long passwords that agree in
     * those bytes would both open the account. Spring Security's BCrypt refuses to hash longer
     * ones (IllegalArgumentException since the fix of CVE-2025-22228), so we refuse them here with
     * a message instead of failing at sign-up. Counted in UTF-8 bytes: an accented letter is 2,
     * an emoji 4. This is also the upper bound on length: 72 bytes are at most 72 characters,
     * so no separate character maximum is needed.
     */
    public static final int MAX_UTF8_BYTES = 72;

    /**
     * A user name shorter than this is not looked for inside the password: a name like "al" is in
     * too many ordinary sentences to forbid (and a password equal to it is refused as too short).
     */
    static final int MIN_NAME_INSIDE = 3;

    /** Lower-case, one per line, lines starting with '#' are comments. */
    static final String COMMON_PASSWORDS = "/account/common-passwords.txt";

    /** Loaded once, when the class is first used; a missing list stops the app at start-up. */
    private static final Set<String> COMMON = load(COMMON_PASSWORDS);

    /**
     * What is wrong with this password for this user, as the person reads it; empty when it is
     * acceptable. The message never repeats the password.
     *
     * @param userName the name the account is (or will be) known by; null or blank skips that rule
     */
    public Optional<String> problem(String userName, String password) {
        String p = password == null ? "" : password;
        int length = p.codePointCount(0, p.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; this one has " + length + ".");
        }
        // UTF-8 bytes, counted without copying a possibly huge hostile string (a lone surrogate counts 3, not 1: stricter)
        int bytes = p.codePoints().map(c -> c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4).sum();
        if (bytes > MAX_UTF8_BYTES) {
            return Optional.of("Use at most " + MAX_UTF8_BYTES + " characters; this one counts as " + bytes
                    + " (accented letters and emoji count as 2 to 4 each).");
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() == 1) {
            return Optional.of("A password made of one character repeated is easy to guess."
                    + " Use different characters (a short sentence works well).");
        }
        String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
        if (name.codePointCount(0, name.length()) >= MIN_NAME_INSIDE && lower.contains(name)) {
            return Optional.of("Your password contains your user name, the first thing someone would try."
                    + " Choose one without it.");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("This password is one of the most common ones and easy to guess."
                    + " Choose another (a short sentence works well).");
        }
        return Optional.empty();
    }

    /** The passwords of a list on the classpath, lower-cased, comments and blank lines skipped. */
    static Set<String> load(String resource) {
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + resource + " is missing from the app");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the list of common passwords " + resource, e);
        }
    }
}
