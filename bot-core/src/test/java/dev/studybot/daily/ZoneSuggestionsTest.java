package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ZoneSuggestionsTest {

    private final ZoneSuggestions zones = new ZoneSuggestions();

    @Test
    void suggestsIanaNamesMatchingWhatWasTypedCityFirst() {
        assertEquals("Asia/Shanghai", zones.suggest("shang").getFirst());
        assertEquals("Europe/Berlin", zones.suggest("berl").getFirst());
        assertTrue(zones.suggest("asia").size() <= ZoneSuggestions.MAX);
        zones.suggest("a").forEach(z -> assertTrue(ZoneId.getAvailableZoneIds().contains(z)));
        assertTrue(zones.suggest("nowhere-at-all").isEmpty());
        assertEquals("Asia/Shanghai", zones.suggest("").getFirst());
    }
}
