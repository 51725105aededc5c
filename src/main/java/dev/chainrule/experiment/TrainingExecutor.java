package dev.chainrule.experiment;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where training runs execute: a bounded pool in the app; tests swap in the synchronous one
 * (a {@code @Primary} bean) so a click on Train finishes the run before the test goes on.
 */
public final class TrainingExecutor implements Executor {
    private final Executor delegate;

    private TrainingExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    static TrainingExecutor pool(ExecutorService pool) {
        return new TrainingExecutor(pool);
    }

    /** Runs each task on the calling thread: for tests only. */
    public static TrainingExecutor synchronous() {
        return new TrainingExecutor(Runnable::run);
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
