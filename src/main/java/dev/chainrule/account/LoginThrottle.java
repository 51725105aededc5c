package dev.chainrule.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing against one user name (issue 11): after {@code maxFailures}
 * failed log-ins within {@link #WINDOW} the name is locked, whichever address the attempts came from.
 *
 * <ul>
 * <li>While a name is locked, the caller refuses log-ins without checking the password, and
 *     failures reported meanwhile are not counted, so a lock cannot be stretched forever.</li>
 * <li>Each lock is twice as long as the one before (1, 2, 4, 8 minutes with the defaults),
 *     never longer than {@link #MAX_LOCK}; after a lock the person has {@code maxFailures} tries again.</li>
 * <li>A successful log-in clears everything. So does a quiet {@link #WINDOW} after the window of
 *     failures and the last lock are over: the name is then forgotten.</li>
 * </ul>
 *
 * At most {@code maxNames} names are remembered, so an attacker trying millions of names cannot
 * fill the heap. When full, forgotten names go first, then the least recently failed ones; such a
 * flood can thus end a lock early, but costs the attacker thousands of failures per few guesses.
 * Thread-safe: log-ins come from many request threads.
 */
@Component
public final class LoginThrottle {

    /** Failures count towards a lock only within this long after the first of them. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** The longest lock, however many came before. */
    public static final Duration MAX_LOCK = Duration.ofMinutes(15);

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_LOCK = Duration.ofMinutes(1);
    public static final int DEFAULT_MAX_NAMES = 10_000;

    /**
     * A typed name is kept to this many characters: real user names are far shorter, and a
     * megabyte-long "name" must not cost a megabyte per entry. Longer names share an entry,
     * which only merges failures against names no account can have.
     */
    static final int MAX_NAME_CHARS = 128;

    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;
    private final int maxNames;
    /** In the order of their last failure, least recent first. */
    private final LinkedHashMap<String, Failures> names = new LinkedHashMap<>();

    /**
     * One name's record. {@code failures} counts within the window that began at {@code windowStart};
     * {@code locks} is how many locks came before, which sets the next one's length.
     */
    private record Failures(int failures, Instant windowStart, int locks, Instant lockedUntil) {
        static final Failures NONE = new Failures(0, Instant.MIN, 0, Instant.MIN);

        boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        /** Nothing left to remember: no lock, no open window, and a quiet {@link #WINDOW} since the last lock. */
        boolean forgottenAt(Instant now) {
            return !now.isBefore(windowStart.plus(WINDOW)) && !now.isBefore(lockedUntil.plus(WINDOW));
        }
    }

    /** 5 failures in 15 minutes lock a name for 1 minute, then 2, 4, 8, 15; 10,000 names remembered. */
    public LoginThrottle() {
        this(Clock.systemUTC(), DEFAULT_MAX_FAILURES, DEFAULT_LOCK);
    }

    public LoginThrottle(Clock clock, int maxFailures, Duration lock) {
        this(clock, maxFailures, lock, DEFAULT_MAX_NAMES);
    }

    /** @param lock the first lock; each next one doubles, up to {@link #MAX_LOCK} */
    public LoginThrottle(Clock clock, int maxFailures, Duration lock, int maxNames) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        if (lock.isNegative() || lock.isZero() || lock.compareTo(MAX_LOCK) > 0) {
            throw new IllegalArgumentException("lock must be more than 0 and at most " + MAX_LOCK + ", was " + lock);
        }
        if (maxNames < 1) {
            throw new IllegalArgumentException("maxNames must be at least 1, was " + maxNames);
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = lock;
        this.maxNames = maxNames;
    }

    public boolean isLocked(String name) {
        return lockedFor(name).isPresent();
    }

    /** How long this name stays locked; empty when a log-in may be tried. */
    public synchronized Optional<Duration> lockedFor(String name) {
        Failures f = names.get(key(name));
        Instant now = clock.instant();
        return f != null && f.lockedAt(now) ? Optional.of(Duration.between(now, f.lockedUntil())) : Optional.empty();
    }

    /** A wrong password for this name. Not counted while the name is locked. */
    public synchronized void recordFailure(String name) {
        String key = key(name);
        Instant now = clock.instant();
        Failures f = names.get(key);
        if (f != null && f.lockedAt(now)) {
            return;
        }
        if (f == null || f.forgottenAt(now)) {
            f = Failures.NONE;
        }
        boolean newWindow = f.failures() == 0 || !now.isBefore(f.windowStart().plus(WINDOW));
        int failures = newWindow ? 1 : f.failures() + 1;
        Instant windowStart = newWindow ? now : f.windowStart();
        if (failures >= maxFailures) {
            int locks = f.locks() + 1;
            f = new Failures(0, windowStart, locks, now.plus(lockAfter(locks)));
        } else {
            f = new Failures(failures, windowStart, f.locks(), f.lockedUntil());
        }
        // Removed and put back, so the map stays in the order of the last failure.
        if (names.remove(key) == null) {
            makeRoom(now);
        }
        names.put(key, f);
    }

    /** A correct password: the name starts afresh. */
    public synchronized void recordSuccess(String name) {
        names.remove(key(name));
    }

    /** How many names are remembered now. */
    synchronized int size() {
        return names.size();
    }

    /** What a person reads while their name is locked, e.g. "… Try again in 1 minute." */
    public static String message(Duration remaining) {
        long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
        String wait = seconds < 60 ? plural(seconds, "second") : plural((seconds + 59) / 60, "minute");
        return "Too many failed log-ins for this name. Try again in " + wait + ".";
    }

    /** The length of the given lock, counting from 1: doubling from the first, at most {@link #MAX_LOCK}. */
    private Duration lockAfter(int locks) {
        Duration d = lock;
        for (int i = 1; i < locks && d.compareTo(MAX_LOCK) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_LOCK) < 0 ? d : MAX_LOCK;
    }

    /**
     * Before a new name is added to a full map: drop the forgotten names, then, if fewer than a
     * tenth of the room is free, the least recently failed names until it is.
     */
    private void makeRoom(Instant now) {
        if (names.size() < maxNames) {
            return;
        }
        names.values().removeIf(f -> f.forgottenAt(now));
        // Evicting a tenth, not one, keeps the scan above to once per many new names under a flood.
        int target = maxNames - Math.max(1, maxNames / 10);
        for (Iterator<Failures> it = names.values().iterator(); names.size() > target && it.hasNext(); ) {
            it.next();
            it.remove();
        }
    }

    private static String key(String name) {
        String k = name == null ? "" : name.strip();
        return (k.length() <= MAX_NAME_CHARS ? k : k.substring(0, MAX_NAME_CHARS)).toLowerCase(Locale.ROOT);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
