package dev.studybot.chat;

import dev.studybot.collect.BoundedMaps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * A sliding-window limit of requests per member: at most {@code limit} in any {@code window}. Thread-safe;
 * remembers at most {@link #MAX_TRACKED} members (the least recently seen are forgotten).
 */
public final class RateLimiter {

    static final int MAX_TRACKED = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = BoundedMaps.leastRecentlyUsed(MAX_TRACKED);

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Records a request of the key and says whether it is within the limit. */
    public synchronized boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant oldestAllowed = now.minus(window);
        for (Iterator<Instant> it = times.iterator(); it.hasNext(); ) {
            if (!it.next().isAfter(oldestAllowed)) {
                it.remove();
            } else {
                break;
            }
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** How many requests the window allows. */
    public int limit() {
        return limit;
    }
}
