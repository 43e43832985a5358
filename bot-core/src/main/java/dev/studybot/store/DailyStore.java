package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where daily-excerpt subscriptions and their delivery log live. Everything the scheduler knows is here, so a
 * restart (or a second process on the same database) picks up exactly where the last tick left off.
 */
public interface DailyStore {

    /** The chat's subscription, in any state. */
    Optional<DailySubscription> find(ChatId chat);

    /** Inserts or replaces the subscription. */
    void save(DailySubscription subscription);

    /** Active subscriptions due at or before {@code now}, earliest first. */
    List<DailySubscription> due(Instant now);

    /** The log row of a chat's local date. */
    Optional<DailyDelivery> delivery(ChatId chat, LocalDate date);

    /** Inserts or replaces a log row. */
    void record(DailyDelivery delivery);

    /** How many days the chat has received an excerpt. */
    int deliveredDays(ChatId chat);

    /** The chat's latest day before {@code date} whose excerpt was delivered (or maybe delivered before a crash). */
    Optional<DailyDelivery> dayBefore(ChatId chat, LocalDate date);

    /**
     * The chat's latest day whose excerpt was claimed or delivered (not skipped): its question of the day is the
     * one open for answers.
     */
    Optional<DailyDelivery> latestDay(ChatId chat);

    /** The chat's log rows from {@code from} to {@code to} (both included), earliest first. */
    List<DailyDelivery> deliveries(ChatId chat, LocalDate from, LocalDate to);

    /**
     * Runs the work as one transaction that holds the database's write lock from its start, so that a
     * read-decide-write sequence (claiming a day) cannot interleave with another tick or process. Calls of this
     * store made by the work take part in it.
     */
    <T> T atomically(Supplier<T> work);
}
