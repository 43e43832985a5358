package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.studybot.daily.DailyService.DayState;
import dev.studybot.model.ChatId;
import dev.studybot.store.DailyDelivery;
import dev.studybot.store.DayLesson;
import dev.studybot.store.DailySubscription;
import dev.studybot.store.DailySubscription.State;
import dev.studybot.store.ReadingPosition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The named states of a day's delivery and of a subscription, and the transitions between them. */
class DailyStatesTest {

    private static final ChatId CHAT = new ChatId("test", "c");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");
    private static final ReadingPosition AT = new ReadingPosition("doc", 3, 1);

    @Test
    void aDayIsOpenUntilItIsClaimedAndDoneOnceItWentOutOrWasSkipped() {
        assertEquals(DayState.OPEN, DayState.of(Optional.empty(), NOW));
        DailyDelivery claimed = DailyDelivery.claimed(CHAT, DAY, 1, AT, NOW.plusSeconds(60), NOW);
        assertEquals(DayState.SENDING, DayState.of(Optional.of(claimed), NOW));
        assertEquals(DayState.ABANDONED, DayState.of(Optional.of(claimed), NOW.plusSeconds(60)));
        assertEquals(DayState.DONE, DayState.of(Optional.of(claimed.sent(NOW)), NOW));
        assertEquals(DayState.DONE, DayState.of(Optional.of(claimed.uncertain(NOW)), NOW));
        assertEquals(DayState.DONE, DayState.of(Optional.of(DailyDelivery.skipped(CHAT, DAY, NOW)), NOW));
        DailyDelivery failed = claimed.failed(NOW.plusSeconds(600), NOW);
        assertEquals(DayState.WAITING_TO_RETRY, DayState.of(Optional.of(failed), NOW));
        assertEquals(DayState.OPEN, DayState.of(Optional.of(failed), NOW.plusSeconds(600)));
        assertEquals(DayState.OPEN, DayState.of(Optional.of(claimed.blocked(NOW)), NOW));
    }

    @Test
    void aClaimKeepsItsExcerptAndAttemptsThroughItsOutcome() {
        DailyDelivery claimed = DailyDelivery.claimed(CHAT, DAY, 2, AT, NOW.plusSeconds(60), NOW);
        DailyDelivery failed = claimed.failed(NOW.plusSeconds(600), NOW.plusSeconds(1));
        assertEquals(new DailyDelivery(CHAT, DAY, DailyDelivery.Status.FAILED, 2, "doc", 3, null,
                NOW.plusSeconds(600), NOW.plusSeconds(1), DayLesson.withoutQuestion(1)), failed);
        assertEquals(new DailyDelivery(CHAT, DAY, DailyDelivery.Status.SENT, 2, "doc", 3, null, null, NOW,
                DayLesson.withoutQuestion(1)), claimed.sent(NOW));
    }

    @Test
    void failuresPauseASubscriptionAndOnResumesItWhereItWas() {
        DailySubscription s = DailySubscription.started(CHAT, LocalTime.of(8, 0), ZoneId.of("Asia/Shanghai"), NOW,
                DAY).delivered(AT);
        DailySubscription once = s.sendFailed(3);
        DailySubscription thrice = once.sendFailed(3).sendFailed(3);
        assertEquals(State.ACTIVE, once.state());
        assertEquals(State.PAUSED_FAILING, thrice.state());
        assertEquals(3, thrice.failures());
        assertEquals(State.PAUSED_BLOCKED, s.sendBlocked().state());
        DailySubscription resumed = thrice.resumed(LocalTime.NOON, ZoneId.of("UTC"), NOW.plus(Duration.ofDays(1)),
                DAY.plusDays(1));
        assertEquals(State.ACTIVE, resumed.state());
        assertEquals(0, resumed.failures());
        assertEquals(AT, resumed.position(), "the reading position survives off and on");
        assertEquals(State.OFF, resumed.turnedOff().state());
        assertEquals(AT, resumed.turnedOff().position());
    }
}
