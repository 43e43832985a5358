package dev.studybot.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounded caches of the search: a map that keeps at most a given number of entries, dropping the least recently used
 * first, and that several threads may share (each call holds the map's lock).
 */
final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {
    }

    /** An empty map keeping at most {@code capacity} entries. */
    static <K, V> Map<K, V> map(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
