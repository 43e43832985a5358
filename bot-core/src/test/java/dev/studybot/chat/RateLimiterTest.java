package dev.studybot.chat;

import dev.studybot.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sliding window, driven by a clock the test moves. */
class RateLimiterTest {

    @Test
    void allowsTheLimitPerWindowThenRecovers() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
        assertTrue(limiter.tryAcquire("u"));
        assertTrue(limiter.tryAcquire("u"));
        assertTrue(limiter.tryAcquire("u"));
        assertFalse(limiter.tryAcquire("u"));
        assertTrue(limiter.tryAcquire("other"), "limits are per member");
        clock.advance(Duration.ofSeconds(61));
        assertTrue(limiter.tryAcquire("u"));
    }
}
