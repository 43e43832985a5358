package dev.studybot.daily;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a chat gets its excerpt: a local time of day in a time zone.
 *
 * <p>Daylight-saving changes keep the local time: 08:00 Europe/Berlin is 06:00 UTC in summer and 07:00 UTC in
 * winter. A time that does not exist on a day (inside the spring-forward gap) is moved later by
 * the length of the gap (02:30 becomes 03:30); a time that occurs twice (the autumn overlap) is taken the first
 * time, so that day still gets exactly one excerpt.
 *
 * @param time the local time of day
 * @param zone the chat's time zone (a region such as Europe/Berlin or a fixed offset such as UTC+08:00)
 */
public record DeliveryTime(LocalTime time, ZoneId zone) {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})[:：](\\d{2})$");
    private static final Pattern OFFSET =
            Pattern.compile("^(?:UTC|GMT|UT)?\\s*([+-])(\\d{1,2})(?:[:：]?(\\d{2}))?$", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** Region ids by their lower-case spelling, so that {@code europe/berlin} is understood. */
    private static final Map<String, String> REGIONS = new TreeMap<>();
    /** Names people type that are not zone ids. */
    private static final Map<String, String> ALIASES = Map.of(
            "北京时间", "Asia/Shanghai", "中国", "Asia/Shanghai", "beijing", "Asia/Shanghai",
            "utc", "UTC", "gmt", "GMT", "z", "UTC");

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            REGIONS.put(id.toLowerCase(Locale.ROOT), id);
        }
    }

    public DeliveryTime {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        time = time.withSecond(0).withNano(0);
    }

    /** A time typed as {@code 8:00}, {@code 08:00} or {@code 20：30}. */
    public static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** Whether the text looks like a time at all (so that {@code 25:00} is reported as a bad time, not zone). */
    public static boolean looksLikeTime(String text) {
        return TIME.matcher(text.strip()).matches();
    }

    /** A zone typed as an IANA name ({@code Europe/Berlin}, any case), an offset ({@code UTC+8}, {@code +05:30}). */
    public static Optional<ZoneId> parseZone(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String alias = ALIASES.get(t.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return Optional.of(ZoneId.of(alias));
        }
        String region = REGIONS.get(t.toLowerCase(Locale.ROOT));
        if (region != null) {
            return Optional.of(ZoneId.of(region));
        }
        Matcher m = OFFSET.matcher(t);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int sign = m.group(1).equals("-") ? -1 : 1;
            try {
                return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
            } catch (DateTimeException outOfRange) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The stored form of a zone read back (as {@link ZoneId#getId()} wrote it). */
    public static ZoneId zoneOf(String stored) {
        return ZoneId.of(stored);
    }

    /** The instant of the delivery on a local date (gap: moved later; overlap: the earlier one). */
    public Instant on(LocalDate date) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** The local date at an instant in this zone. */
    public LocalDate dateAt(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The local date of the latest delivery time at or before the instant. */
    public LocalDate latestDateAtOrBefore(Instant now) {
        LocalDate date = dateAt(now);
        return on(date).isAfter(now) ? date.minusDays(1) : date;
    }

    /** The local date of the first delivery time strictly after the instant. */
    public LocalDate firstDateAfter(Instant now) {
        LocalDate date = dateAt(now);
        return on(date).isAfter(now) ? date : date.plusDays(1);
    }

    /** {@code 08:00}. */
    public String timeText() {
        return time.format(HH_MM);
    }

    /** The zone as shown to people: its region id, or {@code UTC+08:00} for an offset. */
    public String zoneText() {
        return zoneText(zone);
    }

    static String zoneText(ZoneId zone) {
        return zone instanceof ZoneOffset offset ? "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId())
                : zone.getId();
    }
}
