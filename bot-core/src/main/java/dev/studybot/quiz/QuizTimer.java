package dev.studybot.quiz;

import dev.studybot.model.ChatId;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quiz clock: a named daemon thread that calls {@link QuizEngine#tick} once a second with the clock's time,
 * and every {@link #RECOVERY_TICKS} ticks closes the interrupted quizzes of the chats this process serves (a
 * process that takes Telegram or a Discord shard over from one that died closes that one's quizzes this way).
 * Tests leave it out and call {@code tick} themselves with the times they choose.
 */
public final class QuizTimer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuizTimer.class);
    /** Ticks (seconds) between two looks for interrupted quizzes. */
    static final int RECOVERY_TICKS = 30;

    private final QuizEngine engine;
    private final Clock clock;
    private final Predicate<ChatId> serves;
    private int ticks;
    private ScheduledExecutorService executor;

    /**
     * @param serves whether this process serves a chat (reaches it to send)
     */
    public QuizTimer(QuizEngine engine, Clock clock, Predicate<ChatId> serves) {
        this.engine = engine;
        this.clock = clock;
        this.serves = serves;
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
            if (++ticks % RECOVERY_TICKS == 0) {
                engine.recover(serves);
            }
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
