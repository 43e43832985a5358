package dev.studybot.daily;

import dev.studybot.chat.Announcer;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.daily.DailyOutcome.AnswerRevealed;
import dev.studybot.daily.DailyOutcome.ExcerptDue;
import dev.studybot.daily.DailyOutcome.QuestionOfTheDay;
import dev.studybot.daily.DailyOutcome.WeekInPicture;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuestionJson;
import dev.studybot.store.ChatSettingsStore;
import dev.studybot.store.DayLesson;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
 *
 * <p>A day is a lesson of a few messages ({@link Part}): the reveal of the last question of the day, once a week the
 * week's picture, the excerpt (read, or recalled on a reviewing pass) and its question of the day. The claim stores
 * the day's pass and question, so a retry or a restart asks the same one; each message that goes out is noted in the
 * day's row, so a retry sends only the rest and nothing twice.
 */
public final class DailyService {

    private static final Logger LOG = LoggerFactory.getLogger(DailyService.class);
    /** More missed days than this are not written one by one (a bot down for months). */
    private static final int MAX_SKIPPED_ROWS = 31;

    /** Deliveries before the week's picture comes with the next one. */
    static final int WEEK = 7;

    private final DailyStore store;
    private final ChatSettingsStore settings;
    private final ReadingPlan plan;
    private final LessonMaker lessons;
    private final DayAnswers answers;
    private final WeekReports weeks;
    private final Announcer<DailyOutcome> announcer;
    private final Clock clock;
    private final DailyConfig config;
    private final QuestionJson json = new QuestionJson();

    /**
     * @param lessons   what each day gives (recall exercise, question of the day)
     * @param answers   the answers given to the questions of the day
     * @param weeks     the week's figures
     * @param announcer where the day's messages go, worded in the chat's language
     */
    public DailyService(DailyStore store, ChatSettingsStore settings, ReadingPlan plan, LessonMaker lessons,
                        DayAnswers answers, WeekReports weeks, Announcer<DailyOutcome> announcer, Clock clock,
                        DailyConfig config) {
        this.store = store;
        this.settings = settings;
        this.plan = plan;
        this.lessons = lessons;
        this.answers = answers;
        this.weeks = weeks;
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

    /**
     * Today's lesson at once, for the chat to show: the first time today it counts as today's delivery (with the
     * reveal of the last question and, when due, the week's picture); later it shows today's excerpt and question
     * again, counting nothing twice.
     */
    public NowResult now(ChatId chat, ChatSettings chatSettings) {
        Instant now = clock.instant();
        Optional<Prepared> prepared = prepare(chat, chatSettings);
        return store.atomically(() -> {
            Optional<DailySubscription> found = store.find(chat).filter(s -> s.state() != State.OFF);
            if (found.isEmpty()) {
                return new NowResult.NotSubscribed();
            }
            DailySubscription s = found.get();
            DeliveryTime time = timeOf(s);
            LocalDate today = time.dateAt(now);
            Duration openFor = Duration.between(now, time.on(today.plusDays(1)));
            Optional<DailyDelivery> row = store.delivery(chat, today);
            if (row.isPresent() && row.get().status() == Status.CLAIMED) {
                return new NowResult.AlreadySent(s); // a tick is sending it this moment
            }
            if (row.isPresent() && row.get().status().delivered()) {
                return again(row.get(), openFor, chatSettings).<NowResult>map(outcomes ->
                        new NowResult.Shown(s, outcomes)).orElseGet(() -> new NowResult.AlreadySent(s));
            }
            Optional<ReadingPlan.Step> step = plan.next(s.position(), chatSettings.scope());
            if (step.isEmpty()) {
                return new NowResult.NothingToRead();
            }
            ReadingPosition at = step.get().at();
            DayLesson lesson = lessonOf(chat, today, step.get(), prepared);
            List<Part> parts = parts(chat, today, step.get(), lesson, openFor);
            DayLesson shown = lesson;
            for (Part part : parts) {
                shown = shown.withPartSent(part.name());
                revealPrevious(chat, part, now);
            }
            store.record(DailyDelivery.shown(chat, today, attemptsSoFar(row) + 1, at, shown, now));
            DailySubscription moved = s.readTo(step.get().after());
            if (!s.dueDate().isAfter(today)) {
                moved = moved.dueAt(time.on(today.plusDays(1)), today.plusDays(1));
            }
            store.save(moved);
            LOG.info("daily {}: excerpt {} {} of {} shown on request", chat, at.docId(), at.part() + 1, today);
            return new NowResult.Shown(moved, parts.stream().map(Part::outcome).toList());
        });
    }

    /** Today's excerpt and question once more, from the day's row; empty when its document is gone. */
    private Optional<List<DailyOutcome>> again(DailyDelivery row, Duration openFor, ChatSettings chatSettings) {
        ReadingPosition at = row.position();
        return plan.excerptAt(at.docId(), at.part()).map(excerpt -> {
            List<DailyOutcome> outcomes = new ArrayList<>();
            Pass pass = new Pass(Math.max(1, at.cycle()));
            outcomes.add(new ExcerptDue(row.date(), lessons.lesson(excerpt, pass, questionOf(row)), true));
            questionOf(row).ifPresent(q -> outcomes.add(new QuestionOfTheDay(row.date(), q, openFor)));
            return outcomes;
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
        Optional<Prepared> prepared = prepare(chat, settingsOf(chat));
        Optional<Claim> claim = store.atomically(() -> claim(chat, now, prepared));
        if (claim.isEmpty()) {
            return false;
        }
        Delivery outcome = send(claim.get());
        Instant done = clock.instant();
        return store.atomically(() -> finish(claim.get(), outcome, done));
    }

    /**
     * The next step of the chat and its question of the day, worked out before the claim's transaction: making the
     * questions of a document the first time takes a while, and the claim holds the database's write lock.
     */
    private Optional<Prepared> prepare(ChatId chat, ChatSettings chatSettings) {
        return store.find(chat).flatMap(s -> plan.next(s.position(), chatSettings.scope()))
                .map(step -> new Prepared(step.at(), lessons.question(step.excerpt(), new Pass(step.at().cycle()))));
    }

    /** The day's lesson as its row keeps it: the pass and the question of the day (from the preparation). */
    private DayLesson lessonOf(ChatId chat, LocalDate day, ReadingPlan.Step step, Optional<Prepared> prepared) {
        Optional<Question> question = prepared.filter(p -> p.at().equals(step.at())).map(Prepared::question)
                .orElseGet(() -> lessons.question(step.excerpt(), new Pass(step.at().cycle())));
        return DayLesson.of(step.at().cycle(), question.map(json::write), answersKey(chat, day));
    }

    /**
     * The messages of a day, in order: the reveal of the last question of the day (unless it was revealed already),
     * the week's picture after every {@value #WEEK} deliveries, the excerpt, and its question of the day.
     */
    private List<Part> parts(ChatId chat, LocalDate day, ReadingPlan.Step step, DayLesson lesson, Duration openFor) {
        List<Part> parts = new ArrayList<>();
        store.dayBefore(chat, day).filter(prev -> prev.lesson().revealedAt().isEmpty()).ifPresent(prev ->
                questionOf(prev).ifPresent(q -> parts.add(new Part(Part.REVEAL, new AnswerRevealed(prev.date(), q,
                        answers.of(prev)), Optional.of(prev.date())))));
        int delivered = store.deliveredDays(chat);
        if (delivered > 0 && delivered % WEEK == 0) {
            parts.add(new Part(Part.WEEK, new WeekInPicture(weeks.lastDelivered(chat, day, WEEK)),
                    Optional.empty()));
        }
        Pass pass = new Pass(Math.max(1, step.at().cycle()));
        // The recall exercise avoids what the question the day keeps shows, not what a fresh pick would.
        parts.add(new Part(Part.EXCERPT, new ExcerptDue(day, lessons.lesson(step.excerpt(), pass,
                lesson.question().map(json::read)), false),
                Optional.empty()));
        lesson.question().map(json::read).ifPresent(q -> parts.add(new Part(Part.QUESTION,
                new QuestionOfTheDay(day, q, openFor), Optional.empty())));
        return parts;
    }

    /** Sends the claimed day's messages that have not gone out yet, noting each; stops at the first that fails. */
    private Delivery send(Claim claim) {
        Duration openFor = Duration.between(clock.instant(), claim.time().on(claim.day().plusDays(1)));
        List<Part> parts = parts(claim.chat(), claim.day(), claim.step(), claim.lesson(), openFor);
        for (Part part : parts) {
            if (claim.lesson().partsSent().contains(part.name())) {
                continue;
            }
            Delivery delivery = announcer.announce(claim.chat(), claim.language(), part.outcome());
            if (delivery != Delivery.SENT) {
                return delivery;
            }
            Instant at = clock.instant();
            store.atomically(() -> {
                store.delivery(claim.chat(), claim.day()).filter(d -> d.status() == Status.CLAIMED)
                        .ifPresent(d -> store.record(d.partSent(part.name(), at)));
                revealPrevious(claim.chat(), part, at);
                return null;
            });
        }
        return Delivery.SENT;
    }

    /** A reveal that went out closes its day for good: the next day's lesson does not reveal it again. */
    private void revealPrevious(ChatId chat, Part part, Instant at) {
        part.revealsDay().flatMap(day -> store.delivery(chat, day)).ifPresent(d -> store.record(d.revealed(at)));
    }

    /**
     * Decides, under the write lock, whether this tick sends the chat's lesson of the day that is due, and writes
     * the claim if so. Empty when there is nothing to send now (the log row of the day says why).
     */
    private Optional<Claim> claim(ChatId chat, Instant now, Optional<Prepared> prepared) {
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
            case OPEN -> claimOpenDay(s, advanced, time, day, row, now, prepared);
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

    /**
     * A day nobody is sending: skipped when it is too late or there is nothing to read, else claimed. A day tried
     * before keeps its question of the day and what went out.
     */
    private Optional<Claim> claimOpenDay(DailySubscription s, DailySubscription advanced, DeliveryTime time,
                                         LocalDate day, Optional<DailyDelivery> row, Instant now,
                                         Optional<Prepared> prepared) {
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
        Instant lease = now.plus(config.lease());
        DailyDelivery claimed = row.filter(r -> r.lesson().cycle() > 0 && r.docId() != null)
                .map(r -> r.reclaimed(lease, now))
                .orElseGet(() -> DailyDelivery.claimed(chat, day, attemptsSoFar(row) + 1, step.get().at(),
                        lessonOf(chat, day, step.get(), prepared), lease, now));
        store.record(claimed);
        return Optional.of(new Claim(chat, day, step.get(), chatSettings.language(), claimed.lesson(), time));
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
         * Today's lesson, to show: the first time it counts as today's delivery; later it is today's excerpt and
         * question again.
         *
         * @param subscription the subscription afterwards
         * @param outcomes     the messages, in order
         */
        record Shown(DailySubscription subscription, List<DailyOutcome> outcomes) implements NowResult {
            public Shown {
                outcomes = List.copyOf(outcomes);
            }
        }

        /**
         * Today's excerpt is being sent this moment, or went out and its document is gone.
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

    /** The key the answers to a chat's question of a day are stored under: the same on every retry and process. */
    static String answersKey(ChatId chat, LocalDate day) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((chat + "|" + day).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "daily-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The question of the day a row keeps, if any. */
    private Optional<Question> questionOf(DailyDelivery row) {
        return row.lesson().question().map(json::read);
    }

    /**
     * The next step of a chat and its question of the day, made before the claim.
     *
     * @param at       the position of the step
     * @param question its question of the day
     */
    private record Prepared(ReadingPosition at, Optional<Question> question) {
    }

    /**
     * One message of a day's lesson.
     *
     * @param name        its name in the row's list of messages sent
     * @param outcome     what it says
     * @param revealsDay  the earlier day whose answer it reveals, if it is a reveal
     */
    record Part(String name, DailyOutcome outcome, Optional<LocalDate> revealsDay) {
        static final String REVEAL = "reveal";
        static final String WEEK = "week";
        static final String EXCERPT = "excerpt";
        static final String QUESTION = "question";
    }

    /**
     * A claimed day, between claiming and recording the outcome.
     *
     * @param chat     the chat
     * @param day      its local date
     * @param step     the excerpt and the position after it
     * @param language the chat's language
     * @param lesson   the day's pass, question and messages already sent
     * @param time     the chat's delivery time
     */
    private record Claim(ChatId chat, LocalDate day, ReadingPlan.Step step, Language language, DayLesson lesson,
                         DeliveryTime time) {
    }
}
