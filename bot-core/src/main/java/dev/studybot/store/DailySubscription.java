package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A chat's subscription to daily excerpts, with everything the scheduler needs to resume after a restart.
 *
 * <p>It is made by {@link #started} and changes only through its named transitions: {@link #resumed},
 * {@link #rescheduled}, {@link #turnedOff}, {@link #dueAt}, {@link #delivered}, {@link #readTo}, {@link #sendFailed}
 * and {@link #sendBlocked}.
 *
 * @param chat     the chat the excerpts are posted to (where {@code /daily on} ran)
 * @param time     the local time of day
 * @param zone     the chat's time zone
 * @param state    active, turned off, or paused after failed sends
 * @param nextDue  when the next excerpt is due
 * @param dueDate  the local date that excerpt is for
 * @param position the next excerpt to send
 * @param failures failed sends in a row
 */
public record DailySubscription(ChatId chat, LocalTime time, ZoneId zone, State state, Instant nextDue,
                                LocalDate dueDate, ReadingPosition position, int failures) {

    public DailySubscription {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextDue, "nextDue");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(position, "position");
    }

    /** A new subscription: active, reading from the start, first due at {@code nextDue} (for {@code dueDate}). */
    public static DailySubscription started(ChatId chat, LocalTime time, ZoneId zone, Instant nextDue,
                                            LocalDate dueDate) {
        return new DailySubscription(chat, time, zone, State.ACTIVE, nextDue, dueDate, ReadingPosition.START, 0);
    }

    /** Whether excerpts are being delivered. */
    public boolean active() {
        return state == State.ACTIVE;
    }

    /** Active again (after {@code /daily on}) at a time, with no failures counted; the reading position is kept. */
    public DailySubscription resumed(LocalTime newTime, ZoneId newZone, Instant newDue, LocalDate newDate) {
        return new DailySubscription(chat, newTime, newZone, State.ACTIVE, newDue, newDate, position, 0);
    }

    /** The same subscription at another time of day. */
    public DailySubscription rescheduled(LocalTime newTime, ZoneId newZone, Instant newDue, LocalDate newDate) {
        return new DailySubscription(chat, newTime, newZone, state, newDue, newDate, position, failures);
    }

    /** Turned off with {@code /daily off}; the reading position is kept. */
    public DailySubscription turnedOff() {
        return new DailySubscription(chat, time, zone, State.OFF, nextDue, dueDate, position, failures);
    }

    /** Next due at {@code newDue}, the excerpt of {@code newDate}. */
    public DailySubscription dueAt(Instant newDue, LocalDate newDate) {
        return new DailySubscription(chat, time, zone, state, newDue, newDate, position, failures);
    }

    /** An excerpt went out: reading goes on at {@code next}, and no failures are counted. */
    public DailySubscription delivered(ReadingPosition next) {
        return new DailySubscription(chat, time, zone, state, nextDue, dueDate, next, 0);
    }

    /** An excerpt counts as read (shown on request, or maybe sent before a crash): reading goes on at {@code next}. */
    public DailySubscription readTo(ReadingPosition next) {
        return new DailySubscription(chat, time, zone, state, nextDue, dueDate, next, failures);
    }

    /** A send failed; the {@code maxFailures}-th failure in a row pauses the subscription. */
    public DailySubscription sendFailed(int maxFailures) {
        int count = failures + 1;
        return new DailySubscription(chat, time, zone, count >= maxFailures ? State.PAUSED_FAILING : state, nextDue,
                dueDate, position, count);
    }

    /** The chat is out of reach: paused until {@code /daily on}. */
    public DailySubscription sendBlocked() {
        return new DailySubscription(chat, time, zone, State.PAUSED_BLOCKED, nextDue, dueDate, position, failures + 1);
    }

    /** The life of a subscription. */
    public enum State {
        /** Excerpts are delivered. */
        ACTIVE,
        /** Turned off with {@code /daily off}; the reading position is kept for a later {@code /daily on}. */
        OFF,
        /** Paused after several failed sends in a row. */
        PAUSED_FAILING,
        /** Paused because the chat is gone or blocked the bot. */
        PAUSED_BLOCKED
    }
}
