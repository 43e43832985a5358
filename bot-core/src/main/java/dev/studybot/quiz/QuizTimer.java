package dev.studybot.quiz;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quiz clock: a named daemon thread that calls {@link QuizEngine#tick} once a second with the clock's time.
 * Tests leave it out and call {@code tick} themselves with the times they choose.
 */
public final class QuizTimer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuizTimer.class);

    private final QuizEngine engine;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public QuizTimer(QuizEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** Starts ticking (once). */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "quiz-timer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            engine.tick(clock.instant());
        } catch (RuntimeException e) {
            // A failure must not cancel the schedule: the next tick tries again.
            LOG.error("quiz tick failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
