package dev.studybot.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * What {@code /healthz} reports: the search index and each chat platform the process runs, each up or not. The
 * process is healthy when every part is up: the index is open and each platform connected.
 */
final class Health {

    private final Map<String, BooleanSupplier> parts = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    /** Adds (or replaces) a part and how to tell whether it is up. */
    void part(String name, BooleanSupplier up) {
        order.putIfAbsent(name, order.size());
        parts.put(name, up);
    }

    /** Each part and whether it is up, in the order they were added. */
    Map<String, Boolean> parts() {
        Map<String, Boolean> states = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .forEach(name -> states.put(name, up(parts.get(name))));
        return states;
    }

    /** Whether every part is up. */
    boolean healthy() {
        return parts().values().stream().allMatch(Boolean::booleanValue);
    }

    private static boolean up(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
