package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The daily store as one of several processes sees it: what is due lists only the chats this process can send to
 * (its Discord shards, Telegram while it holds it), so that a process never claims a day it cannot deliver; the
 * process that reaches the chat claims it. Everything else is the shared store's.
 */
public final class ReachableDailyStore implements DailyStore {

    private final DailyStore shared;
    private final Predicate<ChatId> reachable;

    /**
     * @param shared    the store all processes share
     * @param reachable whether this process can send to a chat now
     */
    public ReachableDailyStore(DailyStore shared, Predicate<ChatId> reachable) {
        this.shared = shared;
        this.reachable = reachable;
    }

    @Override
    public List<DailySubscription> due(Instant now) {
        return shared.due(now).stream().filter(s -> reachable.test(s.chat())).toList();
    }

    @Override
    public Optional<DailySubscription> find(ChatId chat) {
        return shared.find(chat);
    }

    @Override
    public void save(DailySubscription subscription) {
        shared.save(subscription);
    }

    @Override
    public Optional<DailyDelivery> delivery(ChatId chat, LocalDate date) {
        return shared.delivery(chat, date);
    }

    @Override
    public void record(DailyDelivery delivery) {
        shared.record(delivery);
    }

    @Override
    public int deliveredDays(ChatId chat) {
        return shared.deliveredDays(chat);
    }

    @Override
    public Optional<DailyDelivery> dayBefore(ChatId chat, LocalDate date) {
        return shared.dayBefore(chat, date);
    }

    @Override
    public Optional<DailyDelivery> latestDay(ChatId chat) {
        return shared.latestDay(chat);
    }

    @Override
    public List<DailyDelivery> deliveries(ChatId chat, LocalDate from, LocalDate to) {
        return shared.deliveries(chat, from, to);
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        return shared.atomically(work);
    }
}
