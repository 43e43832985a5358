package dev.studybot.app;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one chat platform on a named thread of its own and, while the platform cannot be reached, tries again with
 * exponential backoff (logged, counted as a reconnect), so that a network that is not up yet does not end the
 * process and the other platform starts meanwhile. A refused token ({@link IllegalArgumentException}) is not worth
 * retrying: it is handed to {@code onFatal}.
 *
 * @param <T> the running platform
 */
final class PlatformStart<T extends AutoCloseable> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformStart.class);
    /** The first wait after a failed start; it doubles up to {@link #MAX_WAIT}. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    /** Waits between attempts (tests do not sleep). */
    interface Pause {
        void pause(Duration wait) throws InterruptedException;
    }

    private final String platform;
    private final Callable<T> attempt;
    private final Predicate<T> connected;
    private final Counter reconnects;
    private final Pause pause;
    private volatile T running;
    private volatile Thread thread;

    PlatformStart(String platform, Callable<T> attempt, Predicate<T> connected, Counter reconnects, Pause pause) {
        this.platform = platform;
        this.attempt = attempt;
        this.connected = connected;
        this.reconnects = reconnects;
        this.pause = pause;
    }

    /** Starts trying on a thread named {@code studybot-start-<platform>}; returns at once. */
    void begin(Consumer<RuntimeException> onFatal) {
        thread = Thread.ofPlatform().name("studybot-start-" + platform).daemon(true).start(() -> run(onFatal));
    }

    /** Tries until the platform runs, the process stops, or the token is refused. */
    void run(Consumer<RuntimeException> onFatal) {
        Duration wait = FIRST_WAIT;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                running = attempt.call();
                return;
            } catch (IllegalArgumentException refused) {
                LOG.error("{}: {}", platform, refused.getMessage());
                onFatal.accept(refused);
                return;
            } catch (Exception e) {
                reconnects.increment();
                LOG.warn("{} cannot be reached ({}); trying again in {} s", platform, e.getMessage(),
                        wait.toSeconds());
            }
            try {
                pause.pause(wait);
            } catch (InterruptedException e) {
                return;
            }
            wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
        }
    }

    /** Whether the platform runs and is connected. */
    boolean connected() {
        T current = running;
        return current != null && connected.test(current);
    }

    /** Stops trying, and stops the platform if it runs (once, however often it is called). */
    @Override
    public synchronized void close() throws Exception {
        Thread starting = thread;
        if (starting != null) {
            starting.interrupt();
            starting.join(Duration.ofSeconds(10));
        }
        T current = running;
        running = null;
        if (current != null) {
            current.close();
        }
    }
}
