package dev.studybot.daily;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How daily delivery behaves.
 *
 * @param grace        how late an excerpt may still go out (after a restart); later than this the day is skipped
 * @param tickInterval how often the scheduler looks for due excerpts
 * @param retryDelay   how long after a failed send the same day's excerpt is tried again
 * @param maxFailures  failed sends in a row after which the subscription pauses
 * @param lease        how long a claimed day stays owned by the tick sending it
 * @param defaultTime  the time {@code /daily on} uses when none is given
 * @param defaultZone  the zone {@code /daily on} uses when none is given
 */
public record DailyConfig(Duration grace, Duration tickInterval, Duration retryDelay, int maxFailures,
                          Duration lease, LocalTime defaultTime, ZoneId defaultZone) {

    public DailyConfig {
        if (grace.isNegative() || tickInterval.isNegative() || tickInterval.isZero() || retryDelay.isNegative()
                || maxFailures < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("invalid daily settings: " + grace + ", " + tickInterval + ", "
                    + retryDelay + ", " + maxFailures + ", " + lease);
        }
    }

    /** The defaults: 6 h grace, a tick every 30 s, retry after 10 min, pause after 3 failures, 08:00 Shanghai. */
    public static DailyConfig defaults() {
        return new DailyConfig(Duration.ofHours(6), Duration.ofSeconds(30), Duration.ofMinutes(10), 3,
                Duration.ofMinutes(5), LocalTime.of(8, 0), ZoneId.of("Asia/Shanghai"));
    }

    public DailyConfig withGrace(Duration newGrace) {
        return new DailyConfig(newGrace, tickInterval, retryDelay, maxFailures, lease, defaultTime, defaultZone);
    }

    public DailyConfig withTickInterval(Duration newInterval) {
        return new DailyConfig(grace, newInterval, retryDelay, maxFailures, lease, defaultTime, defaultZone);
    }

    public DailyConfig withRetryDelay(Duration newDelay) {
        return new DailyConfig(grace, tickInterval, newDelay, maxFailures, lease, defaultTime, defaultZone);
    }

    public DailyConfig withMaxFailures(int newMax) {
        return new DailyConfig(grace, tickInterval, retryDelay, newMax, lease, defaultTime, defaultZone);
    }
}
