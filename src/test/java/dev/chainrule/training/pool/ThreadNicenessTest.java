package dev.chainrule.training.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A training thread runs below the threads that answer pages; other threads keep their priority. */
class ThreadNicenessTest {

    @Test
    void theCallingThreadAndOnlyItIsLowered() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
        AtomicInteger lowered = new AtomicInteger(Integer.MIN_VALUE);
        AtomicInteger other = new AtomicInteger(Integer.MIN_VALUE);
        Thread training = new Thread(() -> {
            ThreadNiceness.lowerCurrentThread(7);
            lowered.set(niceness());
        });
        Thread request = new Thread(() -> other.set(niceness()));
        int mine = niceness();
        training.start();
        training.join();
        request.start();
        request.join();

        assertThat(lowered.get()).isEqualTo(Math.max(mine, 7));
        assertThat(other.get()).isEqualTo(mine);
        assertThat(niceness()).isEqualTo(mine);
    }

    @Test
    void theEpochWritersThreadRunsAsLowAsTrainingThreadsBelowPages() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
        AtomicInteger writer = new AtomicInteger(Integer.MIN_VALUE);
        Thread thread = ThreadNiceness.daemons("epoch-writer", ThreadNiceness.RECORDING).newThread(() -> writer.set(niceness()));
        thread.start();
        thread.join();

        assertThat(thread.getName()).isEqualTo("epoch-writer");
        assertThat(thread.isDaemon()).isTrue();
        assertThat(writer.get()).isEqualTo(Math.max(niceness(), ThreadNiceness.RECORDING));
        assertThat(ThreadNiceness.RECORDING).isEqualTo(ThreadNiceness.TRAINING).isGreaterThan(niceness());
    }

    private static int niceness() {
        try {
            return ThreadNiceness.currentNiceness();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
