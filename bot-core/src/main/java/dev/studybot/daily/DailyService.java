package dev.studybot.daily;

import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.Reply.TextReply;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily excerpts with all their state in the {@link DailyStore}: subscribing, and delivering what is due.
 *
 * <p>A delivery is claimed before it is sent: in one locked transaction the tick checks the day's row of the
 * delivery log and writes {@link Status#CLAIMED}; only the tick that wrote it sends, and a second transaction
 * records the outcome (and moves the reading position on only when the excerpt went out). A failed send is
 * retried on a later tick of the same day; after {@link DailyConfig#maxFailures()} failures in a row, or one
 * {@link Delivery#BLOCKED}, the subscription pauses. An excerpt due longer ago than {@link DailyConfig#grace()}
 * is skipped, and every skipped day is logged and written to the log table.
 */
public final class DailyService {

    private static final Logger LOG = LoggerFactory.getLogger(DailyService.class);
    /** More missed days than this are not written one by one (a bot down for months). */
    private static final int MAX_SKIPPED_ROWS = 31;

    private final DailyStore store;
    private final ChatSettingsStore settings;
    private final ReadingPlan plan;
    private final ExcerptFormatter formatter;
    private final Messenger messenger;
    private final Map<Language, Messages> messages;
    private final Clock clock;
    private final DailyConfig config;

    public DailyService(DailyStore store, ChatSettingsStore settings, ReadingPlan plan, ExcerptFormatter formatter,
                        Messenger messenger, Map<Language, Messages> messages, Clock clock, DailyConfig config) {
        this.store = store;
        this.settings = settings;
        this.plan = plan;
        this.formatter = formatter;
        this.messenger = messenger;
        this.messages = Map.copyOf(messages);
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
                    .map(s -> s.withSchedule(time.time(), time.zone(), time.on(date), date)
                            .withState(State.ACTIVE).withFailures(0))
                    .orElseGet(() -> new DailySubscription(chat, time.time(), time.zone(), State.ACTIVE,
                            time.on(date), date, ReadingPosition.START, 0));
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
            DailySubscription changed = s.withSchedule(time.time(), time.zone(), time.on(date), date);
            store.save(changed);
            LOG.info("daily {}: time changed to {} {}, next {}", chat, time.timeText(), time.zoneText(), date);
            return changed;
        }));
    }

    /** Ends the chat's subscription (the reading position is kept); false when it had none active. */
    public boolean unsubscribe(ChatId chat) {
        return store.atomically(() -> store.find(chat).filter(s -> s.state() != State.OFF).map(s -> {
            store.save(s.withState(State.OFF));
            LOG.info("daily {}: turned off", chat);
            return true;
        }).orElse(false));
    }

    /** What {@code /daily status} shows; empty when the chat never subscribed. */
    public Optional<ChatStatus> status(ChatId chat, Set<String> scope) {
        return store.find(chat).map(s -> new ChatStatus(s, plan.next(s.position(), scope),
                store.deliveredDays(chat), plan.documents(scope).size()));
    }

    /** Sends today's excerpt at once, as a reply; it counts as today's delivery. */
    public NowResult now(ChatId chat, ChatSettings chatSettings) {
        Instant now = clock.instant();
        Messages texts = messages.get(chatSettings.language());
        return store.atomically(() -> {
            Optional<DailySubscription> found = store.find(chat).filter(s -> s.state() != State.OFF);
            if (found.isEmpty()) {
                return new NowResult(NowOutcome.NOT_SUBSCRIBED, null, null);
            }
            DailySubscription s = found.get();
            DeliveryTime time = new DeliveryTime(s.time(), s.zone());
            LocalDate today = time.dateAt(now);
            Optional<DailyDelivery> row = store.delivery(chat, today);
            if (row.isPresent() && row.get().status().delivered()) {
                return new NowResult(NowOutcome.ALREADY_SENT, s, null);
            }
            Optional<ReadingPlan.Step> step = plan.next(s.position(), chatSettings.scope());
            if (step.isEmpty()) {
                return new NowResult(NowOutcome.NOTHING_TO_READ, s, null);
            }
            ReadingPosition at = step.get().at();
            store.record(new DailyDelivery(chat, today, Status.SENT, row.map(DailyDelivery::attempts).orElse(0) + 1,
                    at.docId(), at.part(), null, null, now));
            DailySubscription moved = s.withPosition(step.get().after());
            if (!s.dueDate().isAfter(today)) {
                LocalDate next = today.plusDays(1);
                moved = moved.withDue(time.on(next), next);
            }
            store.save(moved);
            LOG.info("daily {}: excerpt {} {} of {} shown on request", chat, at.docId(), at.part() + 1, today);
            return new NowResult(NowOutcome.SENT, moved, formatter.format(step.get().excerpt(), today, texts));
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
        Claim claim = store.atomically(() -> claim(chat, now));
        if (claim == null) {
            return false;
        }
        Delivery outcome = messenger.send(chat, claim.reply());
        Instant done = clock.instant();
        return store.atomically(() -> finish(claim, outcome, done));
    }

    /** Decides, under the write lock, whether this tick sends the chat's excerpt; writes the claim if so. */
    private Claim claim(ChatId chat, Instant now) {
        DailySubscription s = store.find(chat).orElse(null);
        if (s == null || !s.active() || s.nextDue().isAfter(now)) {
            return null; // Changed since the query, or another tick got here first.
        }
        DeliveryTime time = new DeliveryTime(s.time(), s.zone());
        LocalDate day = time.latestDateAtOrBefore(now);
        if (day.isBefore(s.dueDate())) {
            store.save(s.withDue(time.on(s.dueDate()), s.dueDate()));
            return null;
        }
        skipMissedDays(s, day, now);
        LocalDate next = day.plusDays(1);
        DailySubscription advanced = s.withDue(time.on(next), next);
        Optional<DailyDelivery> row = store.delivery(chat, day);
        if (row.isPresent()) {
            DailyDelivery d = row.get();
            switch (d.status()) {
                case SENT, UNCERTAIN, SKIPPED -> {
                    store.save(advanced);
                    return null;
                }
                case CLAIMED -> {
                    if (d.leaseUntil() != null && d.leaseUntil().isAfter(now)) {
                        return null;
                    }
                    // The sender vanished mid-send: the excerpt may have gone out, so it is never sent again.
                    LOG.warn("daily {}: the send of {} was interrupted; counting it as delivered", chat, day);
                    store.record(new DailyDelivery(chat, day, Status.UNCERTAIN, d.attempts(), d.docId(), d.part(),
                            null, null, now));
                    Optional<ReadingPlan.Step> claimed = plan.next(s.position(), settingsOf(chat).scope())
                            .filter(step -> step.at().docId().equals(d.docId()) && step.at().part() == d.part());
                    store.save(claimed.map(step -> advanced.withPosition(step.after())).orElse(advanced));
                    return null;
                }
                case FAILED, BLOCKED -> {
                    if (d.retryAt() != null && d.retryAt().isAfter(now)) {
                        return null;
                    }
                }
                default -> throw new IllegalStateException("unknown status " + d.status());
            }
        }
        Duration late = Duration.between(time.on(day), now);
        if (late.compareTo(config.grace()) > 0) {
            if (row.isEmpty()) {
                store.record(new DailyDelivery(chat, day, Status.SKIPPED, 0, null, 0, null, null, now));
            }
            store.save(advanced);
            LOG.info("daily {}: excerpt of {} was due {} ago, more than the grace of {}: skipped, next on {}",
                    chat, day, human(late), human(config.grace()), next);
            return null;
        }
        ChatSettings chatSettings = settingsOf(chat);
        Optional<ReadingPlan.Step> step = plan.next(s.position(), chatSettings.scope());
        if (step.isEmpty()) {
            store.record(new DailyDelivery(chat, day, Status.SKIPPED, 0, null, 0, null, null, now));
            store.save(advanced);
            LOG.warn("daily {}: no document in scope to read; {} skipped", chat, day);
            return null;
        }
        if (late.compareTo(config.tickInterval().multipliedBy(2)) > 0 && row.isEmpty()) {
            LOG.info("daily {}: excerpt of {} is {} late, within the grace of {}: delivering now", chat, day,
                    human(late), human(config.grace()));
        }
        ReadingPosition at = step.get().at();
        int attempts = row.map(DailyDelivery::attempts).orElse(0) + 1;
        store.record(new DailyDelivery(chat, day, Status.CLAIMED, attempts, at.docId(), at.part(),
                now.plus(config.lease()), null, now));
        TextReply reply = formatter.format(step.get().excerpt(), day, messages.get(chatSettings.language()));
        return new Claim(chat, day, step.get(), reply, attempts);
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
                store.record(new DailyDelivery(s.chat(), d, Status.SKIPPED, 0, null, 0, null, null, now));
            }
        }
        LOG.info("daily {}: the bot was down from {} to {}: {} day(s) skipped", s.chat(), from, day.minusDays(1),
                java.time.temporal.ChronoUnit.DAYS.between(from, day));
    }

    /** Records the outcome of a claimed send. */
    private boolean finish(Claim claim, Delivery outcome, Instant at) {
        ChatId chat = claim.chat();
        Optional<DailyDelivery> row = store.delivery(chat, claim.day());
        if (row.isEmpty() || row.get().status() != Status.CLAIMED) {
            LOG.warn("daily {}: the claim of {} was lost before its outcome ({}) was recorded", chat, claim.day(),
                    outcome);
            return outcome == Delivery.SENT;
        }
        DailyDelivery d = row.get();
        Optional<DailySubscription> found = store.find(chat);
        switch (outcome) {
            case SENT -> {
                store.record(new DailyDelivery(chat, claim.day(), Status.SENT, d.attempts(), d.docId(), d.part(),
                        null, null, at));
                found.ifPresent(s -> {
                    DailySubscription moved = s.withPosition(claim.step().after()).withFailures(0);
                    if (!s.dueDate().isAfter(claim.day())) {
                        LocalDate next = claim.day().plusDays(1);
                        moved = moved.withDue(new DeliveryTime(s.time(), s.zone()).on(next), next);
                    }
                    store.save(moved);
                });
                LOG.info("daily {}: sent excerpt {} {} for {}", chat, d.docId(), d.part() + 1, claim.day());
                return true;
            }
            case FAILED -> {
                store.record(new DailyDelivery(chat, claim.day(), Status.FAILED, d.attempts(), d.docId(), d.part(),
                        null, at.plus(config.retryDelay()), at));
                found.ifPresent(s -> {
                    int failures = s.failures() + 1;
                    boolean pause = failures >= config.maxFailures();
                    store.save(s.withFailures(failures).withState(pause ? State.PAUSED_FAILING : s.state()));
                    if (pause) {
                        LOG.warn("daily {}: {} failed sends in a row: subscription paused until /daily on", chat,
                                failures);
                    } else {
                        LOG.info("daily {}: send for {} failed ({} in a row), retrying after {}", chat,
                                claim.day(), failures, human(config.retryDelay()));
                    }
                });
                return false;
            }
            case BLOCKED -> {
                store.record(new DailyDelivery(chat, claim.day(), Status.BLOCKED, d.attempts(), d.docId(),
                        d.part(), null, null, at));
                found.ifPresent(s -> store.save(s.withFailures(s.failures() + 1).withState(State.PAUSED_BLOCKED)));
                LOG.warn("daily {}: the chat is gone or blocked the bot: subscription paused until /daily on", chat);
                return false;
            }
            default -> throw new IllegalStateException("unknown outcome " + outcome);
        }
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

    private static String human(Duration duration) {
        return duration.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().substring(2).toLowerCase();
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
    public enum NowOutcome {
        /** The excerpt is in the reply. */
        SENT,
        /** Today's excerpt went out already. */
        ALREADY_SENT,
        /** The chat has no active subscription. */
        NOT_SUBSCRIBED,
        /** No document in scope. */
        NOTHING_TO_READ
    }

    /**
     * The result of {@link #now}.
     *
     * @param outcome      what happened
     * @param subscription the subscription afterwards (null when none)
     * @param reply        the excerpt's message when sent
     */
    public record NowResult(NowOutcome outcome, DailySubscription subscription, TextReply reply) {
    }

    /** A claimed day, between claiming and recording the outcome. */
    private record Claim(ChatId chat, LocalDate day, ReadingPlan.Step step, TextReply reply, int attempts) {
    }
}
