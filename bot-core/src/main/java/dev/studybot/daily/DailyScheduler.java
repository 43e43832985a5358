package dev.studybot.daily;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks the {@link DailyService} on one named thread ({@code daily-scheduler}): at start (which delivers what
 * came due while the bot was down, within the grace) and then every {@link DailyConfig#tickInterval()}. Nothing
 * lives in memory between ticks; a failing tick is logged and the next one runs as usual.
 */
public final class DailyScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DailyScheduler.class);
    /** The thread's name, as thread dumps and logs show it. */
    public static final String THREAD_NAME = "daily-scheduler";

    private final DailyService service;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public DailyScheduler(DailyService service, Duration interval) {
        this.service = service;
        this.interval = interval;
    }

    /** Starts ticking; a second call does nothing. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tickSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("daily scheduler started, a tick every {} s", interval.toSeconds());
    }

    private void tickSafely() {
        try {
            service.tick();
        } catch (RuntimeException e) {
            LOG.error("daily tick failed", e);
        }
    }

    /** Stops ticking and waits briefly for a tick in progress. */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }
}
