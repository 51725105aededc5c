package dev.chainrule.experiment;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bounded pool that training runs on: one thread per core by default, a bounded queue. */
@Configuration
class TrainingExecutorConfig {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TrainingExecutorConfig.class);

    @Bean(destroyMethod = "shutdown")
    TrainingExecutor trainingExecutor(@Value("${chainrule.training.threads:0}") int threads,
            @Value("${chainrule.training.queue-capacity:32}") int queueCapacity) {
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        // Which BLAS the engine's large products use decides its speed: say it once, at start-up.
        log.info("Training pool: {} threads, queue {}; matrix products: {}", size, queueCapacity,
                dev.chainrule.engine.linalg.MatrixProducts.implementationName());
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "training-" + count.incrementAndGet());
            t.setDaemon(true);
            // Below request threads: a training run must not make pages slow for everyone else.
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        return TrainingExecutor.pool(new ThreadPoolExecutor(size, size, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(queueCapacity), factory));
    }
}
