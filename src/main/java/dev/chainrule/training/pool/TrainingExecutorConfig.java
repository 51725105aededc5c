package dev.chainrule.training.pool;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bounded pool that training runs on: up to {@code max-active} runs train at once (default
 * four per CPU slot), taking turns on {@code threads} CPU slots (default one per core); further
 * runs wait in a bounded queue, fair between groups ({@link Share}), and are shown their place in it.
 */
@Configuration
class TrainingExecutorConfig {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TrainingExecutorConfig.class);

    @Bean(destroyMethod = "shutdown")
    TrainingExecutor trainingExecutor(@Value("${chainrule.training.threads:0}") int threads,
            @Value("${chainrule.training.max-active:0}") int maxActive,
            @Value("${chainrule.training.queue-capacity:32}") int queueCapacity) {
        int slots = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        int size = Math.max(slots, maxActive > 0 ? maxActive : 4 * slots);
        // Which BLAS the engine's large products use decides its speed: say it once, at start-up.
        log.info("Training: {} runs at once taking turns on {} CPU slots, queue {}; matrix products: {}", size, slots,
                queueCapacity, dev.chainrule.engine.linalg.MatrixProducts.implementationName());
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            // Below request threads: a training run must not make pages slow for everyone else.
            Thread t = new Thread(() -> {
                ThreadNiceness.lowerCurrentThread(ThreadNiceness.TRAINING);
                r.run();
            }, "training-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        // The executor hands the pool at most `size` tasks at once (the fair queue holds the rest); the pool's own
        // queue only bridges the moment between a run's end and its thread being free for the next.
        return TrainingExecutor.pool(new ThreadPoolExecutor(size, size, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory), new CpuTurns(slots, CpuTurns.DEFAULT_SLICE_NANOS), size,
                queueCapacity);
    }
}
