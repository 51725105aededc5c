package dev.chainrule.e2e;

import java.util.function.BooleanSupplier;

/** Polls a condition for up to ten minutes (a watched run on a busy machine can take that long). */
final class Waiting {
    private Waiting() {
    }

    static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 600_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(20);
        }
    }
}
