package dev.studybot.collect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps that keep at most a given number of entries, dropping one when a put goes over: the least recently used
 * (a cache, a per-chat state that lives while the chat is active) or the oldest put (what was sent, kept for the
 * replies that may still refer to it). They are not thread-safe, except {@link #sharedLeastRecentlyUsed}: their
 * owners hold a lock of their own around several calls.
 */
public final class BoundedMaps {

    private BoundedMaps() {
    }

    /** An empty map keeping at most {@code capacity} entries, dropping the least recently read or put first. */
    public static <K, V> Map<K, V> leastRecentlyUsed(int capacity) {
        return bounded(capacity, true);
    }

    /** An empty map keeping at most {@code capacity} entries, dropping the one put longest ago first. */
    public static <K, V> Map<K, V> oldestFirst(int capacity) {
        return bounded(capacity, false);
    }

    /** A {@link #leastRecentlyUsed} map that several threads may share, each call holding the map's lock. */
    public static <K, V> Map<K, V> sharedLeastRecentlyUsed(int capacity) {
        return Collections.synchronizedMap(leastRecentlyUsed(capacity));
    }

    private static <K, V> Map<K, V> bounded(int capacity, boolean accessOrder) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bounded map keeps at least one entry, not " + capacity);
        }
        return new LinkedHashMap<>(16, 0.75f, accessOrder) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
