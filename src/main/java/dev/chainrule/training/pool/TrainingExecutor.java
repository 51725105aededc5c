package dev.chainrule.training.pool;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where training runs execute: a bounded pool of run threads that take turns on a few CPU
 * slots ({@link CpuTurns}) in the app; tests swap in the synchronous one (a {@code @Primary}
 * bean) so a click on Train finishes the run before the test goes on.
 */
public final class TrainingExecutor implements Executor {
    private final Executor delegate;
    private final CpuTurns turns;

    private TrainingExecutor(Executor delegate, CpuTurns turns) {
        this.delegate = delegate;
        this.turns = turns;
    }

    static TrainingExecutor pool(ExecutorService pool, CpuTurns turns) {
        return new TrainingExecutor(pool, turns);
    }

    /** Runs each task on the calling thread: for tests only. */
    public static TrainingExecutor synchronous() {
        return new TrainingExecutor(Runnable::run, new CpuTurns(1, CpuTurns.DEFAULT_SLICE_NANOS));
    }

    public CpuTurns turns() {
        return turns;
    }

    @Override
    public void execute(Runnable task) {
        delegate.execute(task);
    }

    void shutdown() throws InterruptedException {
        if (delegate instanceof ExecutorService pool) {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
