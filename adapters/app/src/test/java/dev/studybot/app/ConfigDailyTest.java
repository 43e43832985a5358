package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDailyTest {

    @Test
    void readsTheDailySettingsWithDefaults() {
        Config defaults = Config.from(Map.of());
        assertEquals(Duration.ofHours(6), defaults.daily().grace());
        assertEquals(3, defaults.daily().maxFailures());
        Config set = Config.from(Map.of("STUDYBOT_DAILY_GRACE", "90m", "STUDYBOT_DAILY_TICK", "15s",
                "STUDYBOT_DAILY_RETRY", "PT2M", "STUDYBOT_DAILY_MAX_FAILURES", "5"));
        assertEquals(Duration.ofMinutes(90), set.daily().grace());
        assertEquals(Duration.ofSeconds(15), set.daily().tickInterval());
        assertEquals(Duration.ofMinutes(2), set.daily().retryDelay());
        assertEquals(5, set.daily().maxFailures());
        assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("STUDYBOT_DAILY_GRACE", "soon")));
        assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("STUDYBOT_DAILY_TICK", "0s")));
    }
}
