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

    /** Whether excerpts are being delivered. */
    public boolean active() {
        return state == State.ACTIVE;
    }

    public DailySubscription withState(State newState) {
        return new DailySubscription(chat, time, zone, newState, nextDue, dueDate, position, failures);
    }

    public DailySubscription withSchedule(LocalTime newTime, ZoneId newZone, Instant newDue, LocalDate newDate) {
        return new DailySubscription(chat, newTime, newZone, state, newDue, newDate, position, failures);
    }

    public DailySubscription withDue(Instant newDue, LocalDate newDate) {
        return new DailySubscription(chat, time, zone, state, newDue, newDate, position, failures);
    }

    public DailySubscription withPosition(ReadingPosition newPosition) {
        return new DailySubscription(chat, time, zone, state, nextDue, dueDate, newPosition, failures);
    }

    public DailySubscription withFailures(int newFailures) {
        return new DailySubscription(chat, time, zone, state, nextDue, dueDate, position, newFailures);
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
