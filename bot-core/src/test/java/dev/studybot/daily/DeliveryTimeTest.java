package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void readsTimesAndRejectsImpossibleOnes() {
        assertEquals(Optional.of(LocalTime.of(8, 0)), DeliveryTime.parseTime("8:00"));
        assertEquals(Optional.of(LocalTime.of(20, 30)), DeliveryTime.parseTime("20：30"));
        assertEquals(Optional.empty(), DeliveryTime.parseTime("25:00"));
        assertEquals(Optional.empty(), DeliveryTime.parseTime("08:61"));
        assertTrue(DeliveryTime.looksLikeTime("25:00"));
        assertFalse(DeliveryTime.looksLikeTime("Europe/Berlin"));
    }

    @Test
    void readsRegionsAliasesAndOffsets() {
        assertEquals(Optional.of(BERLIN), DeliveryTime.parseZone("europe/berlin"));
        assertEquals(Optional.of(ZoneId.of("Asia/Shanghai")), DeliveryTime.parseZone("Asia/Shanghai"));
        assertEquals(Optional.of(ZoneId.of("Asia/Shanghai")), DeliveryTime.parseZone("北京时间"));
        assertEquals(Optional.of(ZoneOffset.ofHours(8)), DeliveryTime.parseZone("UTC+8"));
        assertEquals(Optional.of(ZoneOffset.ofHoursMinutes(5, 30)), DeliveryTime.parseZone("+05:30"));
        assertEquals(Optional.of(ZoneOffset.ofHours(-5)), DeliveryTime.parseZone("GMT-5"));
        assertEquals(Optional.empty(), DeliveryTime.parseZone("UTC+19"));
        assertEquals(Optional.empty(), DeliveryTime.parseZone("Mars/Olympus"));
        assertEquals("UTC+08:00", new DeliveryTime(LocalTime.NOON, ZoneOffset.ofHours(8)).zoneText());
    }

    @Test
    void keepsTheLocalTimeAcrossBothDaylightSavingSwitches() {
        DeliveryTime eight = new DeliveryTime(LocalTime.of(8, 0), BERLIN);
        assertEquals(Instant.parse("2026-03-28T07:00:00Z"), eight.on(LocalDate.of(2026, 3, 28)));
        assertEquals(Instant.parse("2026-03-29T06:00:00Z"), eight.on(LocalDate.of(2026, 3, 29)));
        assertEquals(Instant.parse("2026-10-24T06:00:00Z"), eight.on(LocalDate.of(2026, 10, 24)));
        assertEquals(Instant.parse("2026-10-25T07:00:00Z"), eight.on(LocalDate.of(2026, 10, 25)));
    }

    @Test
    void movesATimeInTheGapLaterAndTakesTheFirstOfAnOverlap() {
        DeliveryTime halfPastTwo = new DeliveryTime(LocalTime.of(2, 30), BERLIN);
        // 02:30 does not exist on 29 March: 03:30 CEST, the same instant as 01:30 UTC.
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), halfPastTwo.on(LocalDate.of(2026, 3, 29)));
        // 02:30 happens twice on 25 October: the first time, still CEST.
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), halfPastTwo.on(LocalDate.of(2026, 10, 25)));
    }

    @Test
    void findsTheLatestAndNextDeliveryDates() {
        DeliveryTime eight = new DeliveryTime(LocalTime.of(8, 0), ZoneId.of("Asia/Shanghai"));
        Instant sevenLocal = Instant.parse("2026-12-01T23:00:00Z"); // 07:00 on 2 December in Shanghai
        assertEquals(LocalDate.of(2026, 12, 1), eight.latestDateAtOrBefore(sevenLocal));
        assertEquals(LocalDate.of(2026, 12, 2), eight.firstDateAfter(sevenLocal));
        Instant eightLocal = Instant.parse("2026-12-02T00:00:00Z");
        assertEquals(LocalDate.of(2026, 12, 2), eight.latestDateAtOrBefore(eightLocal));
        assertEquals(LocalDate.of(2026, 12, 3), eight.firstDateAfter(eightLocal));
    }
}
