package dev.studybot.daily;

import dev.studybot.chat.Announcer;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.daily.DailyOutcome.ExcerptDue;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.store.ChatSettingsStore;
import dev.studybot.store.DailyDelivery;
import dev.studybot.store.DailyDelivery.Status;
import dev.studybot.store.DailyStore;
import dev.studybot.store.DailySubscription;
import dev.studybot.store.DailySubscription.State;
import dev.studybot.store.ReadingPosition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily excerpts with all their state in the {@link DailyStore}: subscribing, and delivering what is due.
 *
 * <p>A delivery is claimed before it is sent: in one locked transaction the tick reads the day's row of the
 * delivery log ({@link DayState}) and writes {@link Status#CLAIMED}; only the tick that wrote it sends (through the
 * {@link Announcer}, outside the transaction), and a second transaction records the outcome (and moves the reading
 * position on only when the excerpt went out). A failed send is retried on a later tick of the same day; after
 * {@link DailyConfig#maxFailures()} failures in a row, or one {@link Delivery#BLOCKED}, the subscription pauses. An
 * excerpt due longer ago than {@link DailyConfig#grace()} is skipped, and every skipped day is logged and written to
 * the log table.
 */
public final class DailyService {

    private static final Logger LOG = LoggerFactory.getLogger(DailyService.class);
    /** More missed days than this are not written one by one (a bot down for months). */
    private static final int MAX_SKIPPED_ROWS = 31;

    private final DailyStore store;
    private final ChatSettingsStore settings;
    private final ReadingPlan plan;
    private final Announcer<DailyOutcome> announcer;
    private final Clock clock;
    private final DailyConfig config;

    /**
     * @param announcer where the day's excerpts go, worded in the chat's language
     */
    public DailyService(DailyStore store, ChatSettingsStore settings, ReadingPlan plan,
                        Announcer<DailyOutcome> announcer, Clock clock, DailyConfig config) {
        this.store = store;
        this.settings = settings;
        this.plan = plan;
        this.announcer = announcer;
        this.clock = clock;
        this.config = config;
    }

    /** The settings daily delivery runs with. */
    public DailyConfig config() {
        return config;
    }

    /** The chat's subscription, if it ever had one. */
    public Optional<DailySubscription> subscription(ChatId chat) {
        return store.find(chat);
    }

    /**
     * Subscribes the chat, or changes the time of (and resumes) its subscription; the reading position of an
     * earlier subscription is kept.
     */
    public Subscribed subscribe(ChatId chat, DeliveryTime time) {
        Instant now = clock.instant();
        return store.atomically(() -> {
            Optional<DailySubscription> existing = store.find(chat);
            LocalDate date = firstOpenDate(chat, time, now);
            DailySubscription subscription = existing
                    .map(s -> s.resumed(time.time(), time.zone(), time.on(date), date))
                    .orElseGet(() -> DailySubscription.started(chat, time.time(), time.zone(), time.on(date), date));
            store.save(subscription);
            LOG.info("daily {}: subscribed at {} {}, next {}", chat, time.timeText(), time.zoneText(), date);
            Change change = existing.isEmpty() ? Change.NEW
                    : existing.get().active() ? Change.UPDATED : Change.RESUMED;
            return new Subscribed(subscription, change);
        });
    }

    /** Changes the time of an active subscription; empty when the chat has none. */
    public Optional<DailySubscription> reschedule(ChatId chat, DeliveryTime time) {
        Instant now = clock.instant();
        return store.atomically(() -> store.find(chat).filter(DailySubscription::active).map(s -> {
            LocalDate date = firstOpenDate(chat, time, now);
            DailySubscription changed = s.rescheduled(time.time(), time.zone(), time.on(date), date);
            store.save(changed);
            LOG.info("daily {}: time changed to {} {}, next {}", chat, time.timeText(), time.zoneText(), date);
            return changed;
        }));
    }

    /** Ends the chat's subscription (the reading position is kept); false when it had none active. */
    public boolean unsubscribe(ChatId chat) {
        return store.atomically(() -> store.find(chat).filter(s -> s.state() != State.OFF).map(s -> {
            store.save(s.turnedOff());
            LOG.info("daily {}: turned off", chat);
            return true;
        }).orElse(false));
    }

    /** What {@code /daily status} shows; empty when the chat never subscribed. */
    public Optional<ChatStatus> status(ChatId chat, Set<String> scope) {
        return store.find(chat).map(s -> new ChatStatus(s, plan.next(s.position(), scope),
                store.deliveredDays(chat), plan.documents(scope).size()));
    }

    /** Today's excerpt at once, for the chat to show; it counts as today's delivery. */
    public NowResult now(ChatId chat, ChatSettings chatSettings) {
        Instant now = clock.instant();
        return store.atomically(() -> {
            Optional<DailySubscription> found = store.find(chat).filter(s -> s.state() != State.OFF);
            if (found.isEmpty()) {
                return new NowResult.NotSubscribed();
            }
            DailySubscription s = found.get();
            DeliveryTime time = timeOf(s);
            LocalDate today = time.dateAt(now);
            Optional<DailyDelivery> row = store.delivery(chat, today);
            if (row.isPresent() && row.get().status().delivered()) {
                return new NowResult.AlreadySent(s);
            }
            Optional<ReadingPlan.Step> step = plan.next(s.position(), chatSettings.scope());
            if (step.isEmpty()) {
                return new NowResult.NothingToRead();
            }
            ReadingPosition at = step.get().at();
            store.record(DailyDelivery.shown(chat, today, attemptsSoFar(row) + 1, at, now));
            DailySubscription moved = s.readTo(step.get().after());
            if (!s.dueDate().isAfter(today)) {
                moved = moved.dueAt(time.on(today.plusDays(1)), today.plusDays(1));
            }
            store.save(moved);
            LOG.info("daily {}: excerpt {} {} of {} shown on request", chat, at.docId(), at.part() + 1, today);
            return new NowResult.Shown(moved, new ExcerptDue(today, step.get().excerpt()));
        });
    }

    /** Delivers every excerpt that is due; returns how many went out. Never throws. */
    public int tick() {
        Instant now = clock.instant();
        int sent = 0;
        for (DailySubscription due : store.due(now)) {
            try {
                if (deliver(due.chat(), now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.error("daily {}: delivery failed", due.chat(), e);
            }
        }
        return sent;
    }

    private boolean deliver(ChatId chat, Instant now) {
        Optional<Claim> claim = store.atomically(() -> claim(chat, now));
        if (claim.isEmpty()) {
            return false;
        }
        Delivery outcome = announcer.announce(chat, claim.get().language(), claim.get().excerpt());
        Instant done = clock.instant();
        return store.atomically(() -> finish(claim.get(), outcome, done));
    }

    /**
     * Decides, under the write lock, whether this tick sends the chat's excerpt of the day that is due, and writes
     * the claim if so. Empty when there is nothing to send now (the log row of the day says why).
     */
    private Optional<Claim> claim(ChatId chat, Instant now) {
        Optional<DailySubscription> due = store.find(chat).filter(s -> s.active() && !s.nextDue().isAfter(now));
        if (due.isEmpty()) {
            return Optional.empty(); // Changed since the query, or another tick got here first.
        }
        DailySubscription s = due.get();
        DeliveryTime time = timeOf(s);
        LocalDate day = time.latestDateAtOrBefore(now);
        if (day.isBefore(s.dueDate())) {
            store.save(s.dueAt(time.on(s.dueDate()), s.dueDate()));
            return Optional.empty();
        }
        skipMissedDays(s, day, now);
        DailySubscription advanced = s.dueAt(time.on(day.plusDays(1)), day.plusDays(1));
        Optional<DailyDelivery> row = store.delivery(chat, day);
        return switch (DayState.of(row, now)) {
            case OPEN -> claimOpenDay(s, advanced, time, day, row, now);
            case DONE -> {
                store.save(advanced);
                yield Optional.empty();
            }
            case SENDING, WAITING_TO_RETRY -> Optional.empty();
            case ABANDONED -> {
                abandon(s, advanced, row.orElseThrow(), now);
                yield Optional.empty();
            }
        };
    }

    /** A day nobody is sending: skipped when it is too late or there is nothing to read, else claimed. */
    private Optional<Claim> claimOpenDay(DailySubscription s, DailySubscription advanced, DeliveryTime time,
                                         LocalDate day, Optional<DailyDelivery> row, Instant now) {
        ChatId chat = s.chat();
        Duration late = Duration.between(time.on(day), now);
        if (late.compareTo(config.grace()) > 0) {
            if (row.isEmpty()) {
                store.record(DailyDelivery.skipped(chat, day, now));
            }
            store.save(advanced);
            LOG.info("daily {}: excerpt of {} was due {} ago, more than the grace of {}: skipped, next on {}",
                    chat, day, human(late), human(config.grace()), advanced.dueDate());
            return Optional.empty();
        }
        ChatSettings chatSettings = settingsOf(chat);
        Optional<ReadingPlan.Step> step = plan.next(s.position(), chatSettings.scope());
        if (step.isEmpty()) {
            store.record(DailyDelivery.skipped(chat, day, now));
            store.save(advanced);
            LOG.warn("daily {}: no document in scope to read; {} skipped", chat, day);
            return Optional.empty();
        }
        if (late.compareTo(config.tickInterval().multipliedBy(2)) > 0 && row.isEmpty()) {
            LOG.info("daily {}: excerpt of {} is {} late, within the grace of {}: delivering now", chat, day,
                    human(late), human(config.grace()));
        }
        store.record(DailyDelivery.claimed(chat, day, attemptsSoFar(row) + 1, step.get().at(),
                now.plus(config.lease()), now));
        return Optional.of(new Claim(chat, day, step.get(), chatSettings.language()));
    }

    /** The sender of a claim vanished mid-send: the excerpt may have gone out, so it is never sent again. */
    private void abandon(DailySubscription s, DailySubscription advanced, DailyDelivery claimed, Instant now) {
        LOG.warn("daily {}: the send of {} was interrupted; counting it as delivered", s.chat(), claimed.date());
        store.record(claimed.uncertain(now));
        Optional<ReadingPlan.Step> step = plan.next(s.position(), settingsOf(s.chat()).scope())
                .filter(next -> next.at().docId().equals(claimed.docId()) && next.at().part() == claimed.part());
        store.save(step.map(next -> advanced.readTo(next.after())).orElse(advanced));
    }

    /** Writes SKIPPED for the days between the due date and {@code day} that have no row (the bot was down). */
    private void skipMissedDays(DailySubscription s, LocalDate day, Instant now) {
        LocalDate from = s.dueDate();
        if (!from.isBefore(day)) {
            return;
        }
        LocalDate first = day.minusDays(MAX_SKIPPED_ROWS).isAfter(from) ? day.minusDays(MAX_SKIPPED_ROWS) : from;
        for (LocalDate d = first; d.isBefore(day); d = d.plusDays(1)) {
            if (store.delivery(s.chat(), d).isEmpty()) {
                store.record(DailyDelivery.skipped(s.chat(), d, now));
            }
        }
        LOG.info("daily {}: the bot was down from {} to {}: {} day(s) skipped", s.chat(), from, day.minusDays(1),
                ChronoUnit.DAYS.between(from, day));
    }

    /** Records the outcome of a claimed send. */
    private boolean finish(Claim claim, Delivery outcome, Instant at) {
        ChatId chat = claim.chat();
        Optional<DailyDelivery> row = store.delivery(chat, claim.day())
                .filter(d -> d.status() == Status.CLAIMED);
        if (row.isEmpty()) {
            LOG.warn("daily {}: the claim of {} was lost before its outcome ({}) was recorded", chat, claim.day(),
                    outcome);
            return outcome == Delivery.SENT;
        }
        DailyDelivery claimed = row.get();
        Optional<DailySubscription> found = store.find(chat);
        switch (outcome) {
            case SENT -> {
                store.record(claimed.sent(at));
                found.ifPresent(s -> store.save(delivered(s, claim)));
                LOG.info("daily {}: sent excerpt {} {} for {}", chat, claimed.docId(), claimed.part() + 1,
                        claim.day());
                return true;
            }
            case FAILED -> {
                store.record(claimed.failed(at.plus(config.retryDelay()), at));
                found.ifPresent(s -> {
                    DailySubscription failed = s.sendFailed(config.maxFailures());
                    store.save(failed);
                    if (failed.state() == State.PAUSED_FAILING) {
                        LOG.warn("daily {}: {} failed sends in a row: subscription paused until /daily on", chat,
                                failed.failures());
                    } else {
                        LOG.info("daily {}: send for {} failed ({} in a row), retrying after {}", chat,
                                claim.day(), failed.failures(), human(config.retryDelay()));
                    }
                });
                return false;
            }
            case BLOCKED -> {
                store.record(claimed.blocked(at));
                found.ifPresent(s -> store.save(s.sendBlocked()));
                LOG.warn("daily {}: the chat is gone or blocked the bot: subscription paused until /daily on", chat);
                return false;
            }
            default -> throw new IllegalStateException("unknown outcome " + outcome);
        }
    }

    /** The subscription once the claimed excerpt went out: reading on, and due the next day if it was not yet. */
    private static DailySubscription delivered(DailySubscription s, Claim claim) {
        DailySubscription moved = s.delivered(claim.step().after());
        if (!s.dueDate().isAfter(claim.day())) {
            LocalDate next = claim.day().plusDays(1);
            moved = moved.dueAt(timeOf(s).on(next), next);
        }
        return moved;
    }

    /** The first local date from now whose delivery time is still ahead and that has not had its excerpt. */
    private LocalDate firstOpenDate(ChatId chat, DeliveryTime time, Instant now) {
        LocalDate date = time.firstDateAfter(now);
        for (int i = 0; i < 3; i++) {
            Optional<DailyDelivery> row = store.delivery(chat, date);
            if (row.isEmpty() || !row.get().status().delivered()) {
                break;
            }
            date = date.plusDays(1);
        }
        return date;
    }

    private ChatSettings settingsOf(ChatId chat) {
        return settings.find(chat).orElseGet(() -> ChatSettings.defaults(chat, Language.ZH));
    }

    private static DeliveryTime timeOf(DailySubscription s) {
        return new DeliveryTime(s.time(), s.zone());
    }

    private static int attemptsSoFar(Optional<DailyDelivery> row) {
        return row.map(DailyDelivery::attempts).orElse(0);
    }

    private static String human(Duration duration) {
        return duration.truncatedTo(ChronoUnit.SECONDS).toString().substring(2).toLowerCase(Locale.ROOT);
    }

    /** Where the due day stands, read from its row of the delivery log. */
    enum DayState {
        /** No row yet, or a failed or blocked send whose retry time has come: this tick may claim it. */
        OPEN,
        /** Sent, possibly sent before a crash, or skipped: nothing more for that day. */
        DONE,
        /** Claimed by a tick whose lease is still running. */
        SENDING,
        /** Claimed by a tick that vanished (its lease ran out). */
        ABANDONED,
        /** A failed or blocked send whose retry time has not come. */
        WAITING_TO_RETRY;

        static DayState of(Optional<DailyDelivery> row, Instant now) {
            if (row.isEmpty()) {
                return OPEN;
            }
            DailyDelivery d = row.get();
            return switch (d.status()) {
                case SENT, UNCERTAIN, SKIPPED -> DONE;
                case CLAIMED -> d.leaseUntil() != null && d.leaseUntil().isAfter(now) ? SENDING : ABANDONED;
                case FAILED, BLOCKED -> d.retryAt() != null && d.retryAt().isAfter(now) ? WAITING_TO_RETRY : OPEN;
            };
        }
    }

    /** How {@link #subscribe} changed things. */
    public enum Change {
        /** A new subscription. */
        NEW,
        /** An active subscription got a new time. */
        UPDATED,
        /** A subscription that was off or paused runs again. */
        RESUMED
    }

    /**
     * The result of {@link #subscribe}.
     *
     * @param subscription the subscription as saved
     * @param change       what changed
     */
    public record Subscribed(DailySubscription subscription, Change change) {
    }

    /**
     * What {@code /daily status} shows.
     *
     * @param subscription  the subscription
     * @param next          the next excerpt, if any document is in scope
     * @param deliveredDays days an excerpt was delivered
     * @param documents     documents in the reading plan
     */
    public record ChatStatus(DailySubscription subscription, Optional<ReadingPlan.Step> next, int deliveredDays,
                             int documents) {
    }

    /** What {@link #now} did. */
    public sealed interface NowResult {

        /**
         * Today's excerpt, to show; it counts as today's delivery.
         *
         * @param subscription the subscription afterwards
         * @param excerpt      the excerpt
         */
        record Shown(DailySubscription subscription, ExcerptDue excerpt) implements NowResult {
        }

        /**
         * Today's excerpt went out already.
         *
         * @param subscription the subscription
         */
        record AlreadySent(DailySubscription subscription) implements NowResult {
        }

        /** The chat has no subscription that is on. */
        record NotSubscribed() implements NowResult {
        }

        /** No document in scope. */
        record NothingToRead() implements NowResult {
        }
    }

    /**
     * A claimed day, between claiming and recording the outcome.
     *
     * @param chat     the chat
     * @param day      its local date
     * @param step     the excerpt and the position after it
     * @param language the chat's language
     */
    private record Claim(ChatId chat, LocalDate day, ReadingPlan.Step step, Language language) {

        ExcerptDue excerpt() {
            return new ExcerptDue(day, step.excerpt());
        }
    }
}
