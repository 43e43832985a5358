package dev.studybot.daily;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests IANA time-zone names for what a member has typed so far (at most 25, as many as Discord shows). */
final class ZoneSuggestions {

    /** Discord's limit on autocomplete choices. */
    static final int MAX = 25;

    private final List<String> zones = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted().toList();

    /** Names containing the typed text (case-insensitive), those starting with it or its city first. */
    List<String> suggest(String typed) {
        String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Europe/London",
                    "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Australia/Sydney");
        }
        return zones.stream()
                .filter(z -> z.toLowerCase(Locale.ROOT).contains(query))
                .sorted(Comparator.comparingInt((String z) -> rank(z, query)).thenComparing(z -> z))
                .limit(MAX)
                .toList();
    }

    private static int rank(String zone, String query) {
        String lower = zone.toLowerCase(Locale.ROOT);
        if (lower.startsWith(query)) {
            return 0;
        }
        return lower.substring(lower.lastIndexOf('/') + 1).startsWith(query) ? 1 : 2;
    }
}
