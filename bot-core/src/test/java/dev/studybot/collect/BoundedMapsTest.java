package dev.studybot.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bounded maps drop the least recently used or the oldest entry when a put goes over their capacity. */
class BoundedMapsTest {

    @Test
    void theLeastRecentlyUsedGoesFirst() {
        Map<String, Integer> map = BoundedMaps.leastRecentlyUsed(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");
        map.put("c", 3);
        assertEquals(List.of("a", "c"), List.copyOf(map.keySet()), "b was used least recently");
    }

    @Test
    void theOldestPutGoesFirstWhateverWasRead() {
        Map<String, Integer> map = BoundedMaps.oldestFirst(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");
        map.put("c", 3);
        assertEquals(List.of("b", "c"), List.copyOf(map.keySet()), "a was put first");
    }

    @Test
    void aSharedMapIsBoundedAlikeAndACapacityUnderOneIsRefused() {
        Map<Integer, Integer> shared = BoundedMaps.sharedLeastRecentlyUsed(3);
        for (int i = 0; i < 10; i++) {
            shared.put(i, i);
        }
        assertEquals(List.of(7, 8, 9), List.copyOf(shared.keySet()));
        assertThrows(IllegalArgumentException.class, () -> BoundedMaps.oldestFirst(0));
    }
}
