package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A platform that cannot be reached at start is tried again with backoff; a refused token is not. */
class PlatformStartTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Counter reconnects = meters.counter("reconnects");
    private final List<Duration> waits = new ArrayList<>();

    @Test
    void triesAgainWithGrowingWaitsUntilThePlatformAnswers() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AutoCloseable bot = () -> { };
        PlatformStart<AutoCloseable> start = new PlatformStart<>("Telegram", () -> {
            if (attempts.incrementAndGet() <= 8) {
                throw new IllegalStateException("Telegram cannot be reached: connect timed out");
            }
            return bot;
        }, b -> true, reconnects, waits::add);
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();

        assertFalse(start.connected());
        start.run(fatal::set);

        assertTrue(start.connected());
        assertNull(fatal.get());
        assertEquals(9, attempts.get());
        assertEquals(8.0, reconnects.count());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(40), Duration.ofSeconds(80), Duration.ofSeconds(160), Duration.ofMinutes(5),
                Duration.ofMinutes(5)), waits);
    }

    @Test
    void aRefusedTokenIsNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalArgumentException refused = new IllegalArgumentException("Discord did not accept the bot token");
        PlatformStart<AutoCloseable> start = new PlatformStart<>("Discord", () -> {
            attempts.incrementAndGet();
            throw refused;
        }, b -> true, reconnects, waits::add);
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();

        start.run(fatal::set);

        assertSame(refused, fatal.get());
        assertEquals(1, attempts.get());
        assertTrue(waits.isEmpty());
        assertFalse(start.connected());
    }
}
