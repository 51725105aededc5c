package dev.chainrule.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Repeated failed log-ins for one name slow down (issue 11): 5 failures lock it, 1 minute, then longer. */
class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2025-01-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the throttle reads instants only");
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(1));

    private void fail(String name, int times) {
        fail(throttle, name, times);
    }

    private static void fail(LoginThrottle t, String name, int times) {
        for (int i = 0; i < times; i++) {
            t.recordFailure(name);
        }
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoesForOneMinute() {
        fail("ada", 4);
        assertThat(throttle.isLocked("ada")).isFalse();
        assertThat(throttle.lockedFor("ada")).isEmpty();
        fail("ada", 1);
        assertThat(throttle.isLocked("ada")).isTrue();
        assertThat(throttle.lockedFor("ada")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.lockedFor("ada")).contains(Duration.ofSeconds(40));
        assertThat(throttle.isLocked("grace")).isFalse();
    }

    @Test
    void theLockEndsAndFailuresWhileLockedAreNotCounted() {
        fail("ada", 5);
        clock.advance(Duration.ofSeconds(30));
        fail("ada", 20); // refused without a password check; must not stretch the lock
        assertThat(throttle.lockedFor("ada")).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.isLocked("ada")).isFalse();
        fail("ada", 4); // another 5 tries after a lock
        assertThat(throttle.isLocked("ada")).isFalse();
    }

    @Test
    void failuresFurtherApartThanTheWindowStartAfresh() {
        fail("ada", 4);
        clock.advance(LoginThrottle.WINDOW);
        fail("ada", 4);
        assertThat(throttle.isLocked("ada")).isFalse();
        fail("ada", 1);
        assertThat(throttle.isLocked("ada")).isTrue();
    }

    @Test
    void eachLockDoublesUpToFifteenMinutes() {
        List<Duration> locks = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            fail("ada", 5);
            Duration lock = throttle.lockedFor("ada").orElseThrow();
            locks.add(lock);
            clock.advance(lock);
        }
        assertThat(locks).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
    }

    @Test
    void aQuietWindowAfterTheLastLockForgetsTheEscalation() {
        fail("ada", 5);
        clock.advance(Duration.ofMinutes(1));
        fail("ada", 5);
        assertThat(throttle.lockedFor("ada")).contains(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2).plus(LoginThrottle.WINDOW).minusSeconds(1));
        fail("ada", 5);
        assertThat(throttle.lockedFor("ada")).contains(Duration.ofMinutes(4)); // not yet quiet long enough
        clock.advance(Duration.ofMinutes(4).plus(LoginThrottle.WINDOW));
        fail("ada", 5);
        assertThat(throttle.lockedFor("ada")).contains(Duration.ofMinutes(1));
    }

    @Test
    void aSuccessClearsFailuresAndEscalation() {
        fail("ada", 5);
        clock.advance(Duration.ofMinutes(1));
        fail("ada", 4);
        throttle.recordSuccess("ada");
        fail("ada", 4);
        assertThat(throttle.isLocked("ada")).isFalse();
        fail("ada", 1);
        assertThat(throttle.lockedFor("ada")).contains(Duration.ofMinutes(1)); // the first lock again, not the second
    }

    @Test
    void namesAreTrimmedAndCaseFolded() {
        fail("Ada", 2);
        fail(" ADA ", 2);
        fail("ada\t", 1);
        assertThat(throttle.isLocked("aDa")).isTrue();
        throttle.recordSuccess("  ADA");
        assertThat(throttle.isLocked("ada")).isFalse();
        assertThat(throttle.size()).isZero();
    }

    @Test
    void aHugeTypedNameCostsNoMoreThanALongOne() {
        String huge = "x".repeat(1_000_000);
        fail(huge, 5);
        assertThat(throttle.isLocked(huge)).isTrue();
        assertThat(throttle.isLocked("x".repeat(LoginThrottle.MAX_NAME_CHARS))).isTrue(); // the same, kept short
        assertThat(throttle.isLocked(null)).isFalse();
    }

    @Test
    void millionsOfNamesStayWithinTheBoundForgottenOnesFirst() {
        LoginThrottle small = new LoginThrottle(clock, 5, Duration.ofMinutes(1), 100);
        fail(small, "victim", 5); // locked, the oldest entry
        for (int i = 0; i < 50; i++) {
            small.recordFailure("old" + i);
        }
        clock.advance(LoginThrottle.WINDOW); // the olds are forgotten; the victim's lock is over but still remembered
        for (int i = 0; i < 49; i++) {
            small.recordFailure("new" + i);
        }
        assertThat(small.size()).isEqualTo(100);
        small.recordFailure("one more");
        assertThat(small.size()).isEqualTo(51); // the 50 forgotten names went, nothing else
        fail(small, "victim", 5);
        assertThat(small.lockedFor("victim")).contains(Duration.ofMinutes(2)); // its escalation survived

        for (int i = 0; i < 1_000_000; i++) {
            small.recordFailure("attack" + i);
            assertThat(small.size()).isLessThanOrEqualTo(100);
        }
        assertThat(small.isLocked("attack999999")).isFalse();
        fail(small, "attack999999", 4);
        assertThat(small.isLocked("attack999999")).as("the newest names are kept").isTrue();
    }

    @Test
    void whenNothingIsForgottenTheLeastRecentlyFailedGoFirst() {
        LoginThrottle small = new LoginThrottle(clock, 5, Duration.ofMinutes(1), 10);
        for (int i = 0; i < 10; i++) {
            small.recordFailure("n" + i);
        }
        small.recordFailure("n0"); // n0 failed again: now n1 is the least recent
        small.recordFailure("n10");
        assertThat(small.size()).isEqualTo(10);
        fail(small, "n0", 3);
        assertThat(small.isLocked("n0")).as("n0 kept its two failures").isTrue();
        fail(small, "n1", 4);
        assertThat(small.isLocked("n1")).as("n1 was evicted, so four more do not lock").isFalse();
    }

    @Test
    void failuresFromEightThreadsAreAllCounted() throws Exception {
        // 10,001 names each failed 4 times, by 4 different threads of 8: none locked, then one more locks each
        LoginThrottle shared = new LoginThrottle(clock, 5, Duration.ofMinutes(1), 20_000);
        int names = 10_001;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int n = thread; n < names * 4; n += 8) {
                        shared.recordFailure("name" + n % names);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.size()).isEqualTo(names);
        for (int n = 0; n < names; n++) {
            assertThat(shared.isLocked("name" + n)).isFalse();
            shared.recordFailure("name" + n);
            assertThat(shared.isLocked("name" + n)).as("name%d had exactly 4 failures", n).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PT1M|1 minute", "PT40S|40 seconds", "PT1S|1 second", "PT0.2S|1 second", "PT0S|1 second",
        "PT59S|59 seconds", "PT59.5S|1 minute", "PT61S|2 minutes", "PT15M|15 minutes", "PT14M1S|15 minutes"})
    void theMessageSaysHowLongRoundedUp(Duration remaining, String wait) {
        assertThat(LoginThrottle.message(remaining))
                .isEqualTo("Too many failed log-ins for this name. Try again in " + wait + ".");
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> new LoginThrottle(clock, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFailures");
        assertThatThrownBy(() -> new LoginThrottle(clock, 5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lock");
        assertThatThrownBy(() -> new LoginThrottle(clock, 5, Duration.ofMinutes(16)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most PT15M");
        assertThatThrownBy(() -> new LoginThrottle(clock, 5, Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNames");
    }
}
