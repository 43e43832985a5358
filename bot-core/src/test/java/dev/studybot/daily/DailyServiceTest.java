package dev.studybot.daily;

import dev.studybot.chat.Announcer;
import dev.studybot.store.ReadingPosition;
import dev.studybot.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.Reply;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.store.DailyDelivery;
import dev.studybot.store.DailySubscription;
import dev.studybot.store.InMemoryChatSettingsStore;
import dev.studybot.store.jdbc.JdbcDailyStore;
import dev.studybot.store.jdbc.Database;
import dev.studybot.testing.SharedLibrary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery you can trust, with an injected clock over a real SQLite file. */
class DailyServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ChatId CHAT = new ChatId("test", "group-1");
    /** The tick interval of the long simulations (the real one is 30 s; coarser keeps the test fast). */
    private static final Duration STEP = Duration.ofMinutes(30);

    private static final DailyPresenter PRESENTER = DailyWiring.PRESENTER;

    /** The reading plan of the report, shared: planning its excerpts is the costly part of building a service. */
    private static ReadingPlan plan;
    private static DocumentLibrary library;

    @TempDir
    Path dir;

    private MutableClock clock;
    private Recorder messenger;
    private List<Database> opened;

    @BeforeAll
    static void loadLibrary() {
        library = new DocumentLibrary(List.of(SharedLibrary.document("cpc-congress-20")));
        plan = new ReadingPlan(library, new ExcerptPlanner());
    }

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
        messenger = new Recorder();
        opened = new ArrayList<>();
    }

    /** A service over the test's database file, as one bot process would build it. */
    private DailyService process(DailyConfig config) {
        Database database = Database.sqlite(dir.resolve("studybot.db"));
        opened.add(database);
        return DailyWiring.service(database, library, plan, Announcer.through(PRESENTER::present, messenger,
                Messages.all()), clock, config);
    }

    private DailyService process() {
        return process(DailyConfig.defaults());
    }

    private JdbcDailyStore store() {
        return new JdbcDailyStore(Database.sqlite(dir.resolve("studybot.db")));
    }

    /** Ticks every {@code step} from now until {@code end}. */
    private void run(DailyService service, Instant end, Duration step) {
        for (; !clock.instant().isAfter(end); clock.advance(step)) {
            service.tick();
        }
    }

    @Test
    @Tag("slow") // a month of ticks in four zones
    void deliversOnceADayAtLocalTimeInSeveralZonesAcrossTheSpringSwitch() {
        // New York switches on 8 March 2026, Berlin on 29 March; Shanghai and UTC+05:30 never do.
        checkZonesOver(Instant.parse("2026-03-04T00:00:00Z"), Instant.parse("2026-04-02T00:00:00Z"));
    }

    @Test
    @Tag("slow") // two weeks of ticks in four zones
    void deliversOnceADayAtLocalTimeInSeveralZonesAcrossTheAutumnSwitch() {
        // Berlin switches back on 25 October 2026, New York on 1 November.
        checkZonesOver(Instant.parse("2026-10-22T00:00:00Z"), Instant.parse("2026-11-04T00:00:00Z"));
    }

    private void checkZonesOver(Instant start, Instant end) {
        clock.set(start);
        DailyService service = process();
        Map<ChatId, DeliveryTime> chats = new HashMap<>();
        chats.put(new ChatId("test", "shanghai"), new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        chats.put(new ChatId("test", "berlin"), new DeliveryTime(LocalTime.of(8, 0), BERLIN));
        chats.put(new ChatId("test", "new-york"), new DeliveryTime(LocalTime.of(7, 30), NEW_YORK));
        chats.put(new ChatId("test", "offset"), new DeliveryTime(LocalTime.of(21, 0), ZoneOffset.ofHoursMinutes(5, 30)));
        chats.forEach(service::subscribe);
        run(service, end, STEP);
        for (Map.Entry<ChatId, DeliveryTime> chat : chats.entrySet()) {
            DeliveryTime time = chat.getValue();
            List<Sent> sent = messenger.to(chat.getKey());
            LocalDate first = time.firstDateAfter(start);
            LocalDate last = time.latestDateAtOrBefore(end);
            assertEquals(first.until(last).getDays() + 1, sent.size(), chat.getKey() + ": one a day, none skipped");
            for (int i = 0; i < sent.size(); i++) {
                var local = sent.get(i).at().atZone(time.zone());
                assertEquals(first.plusDays(i), local.toLocalDate(), chat.getKey() + " day " + i);
                Duration late = Duration.between(time.on(local.toLocalDate()), sent.get(i).at());
                assertTrue(!late.isNegative() && late.compareTo(STEP) < 0,
                        chat.getKey() + " on " + local + " was " + late + " late");
                assertTrue(sent.get(i).text().contains("第 " + (i + 1) + "/"), "parts in order");
            }
        }
    }

    @Test
    void aTimeInTheGapIsDeliveredOnceAfterItAndAnOverlapOnlyOnce() {
        DeliveryTime halfPastTwo = new DeliveryTime(LocalTime.of(2, 30), BERLIN);
        clock.set(Instant.parse("2026-03-27T12:00:00Z"));
        DailyService service = process();
        service.subscribe(CHAT, halfPastTwo);
        run(service, Instant.parse("2026-03-31T00:00:00Z"), Duration.ofMinutes(15));
        clock.set(Instant.parse("2026-10-23T12:00:00Z"));
        service.subscribe(CHAT, halfPastTwo);
        run(service, Instant.parse("2026-10-27T00:00:00Z"), Duration.ofMinutes(15));
        List<String> days = messenger.to(CHAT).stream()
                .map(s -> s.at().atZone(BERLIN).toLocalDateTime().toString().substring(0, 16)).toList();
        assertEquals(List.of("2026-03-28T02:30", "2026-03-29T03:30", "2026-03-30T02:30",
                "2026-10-24T02:30", "2026-10-25T02:30", "2026-10-26T02:30"), days);
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), messenger.to(CHAT).get(4).at());
    }

    @Test
    void aRestartBeforeOrAfterTheDueTimeNeverDuplicatesNorSkips() {
        clock.set(Instant.parse("2026-12-01T22:00:00Z")); // 06:00 on 2 December in Shanghai
        process().subscribe(CHAT, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        // First process stops at 07:00, the second starts at 07:30 and runs past 08:00.
        run(process(), Instant.parse("2026-12-01T23:00:00Z"), Duration.ofMinutes(1));
        clock.set(Instant.parse("2026-12-01T23:30:00Z"));
        run(process(), Instant.parse("2026-12-02T00:30:00Z"), Duration.ofMinutes(1));
        assertEquals(1, messenger.to(CHAT).size());
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), messenger.to(CHAT).get(0).at());
        // A third process starts after the excerpt went out: nothing more that day; the next day part 2.
        clock.set(Instant.parse("2026-12-02T01:00:00Z"));
        DailyService third = process();
        assertEquals(0, third.tick());
        run(third, Instant.parse("2026-12-03T01:00:00Z"), Duration.ofMinutes(15));
        assertEquals(2, messenger.to(CHAT).size());
        assertTrue(messenger.to(CHAT).get(1).text().contains("第 2/"));
    }

    @Test
    void aLateStartInsideTheGraceDeliversAndOutsideItSkipsToTheNextDay() {
        clock.set(Instant.parse("2026-12-01T20:00:00Z"));
        process().subscribe(CHAT, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        // Down over 08:00 on 2 December; back at 13:59, inside the 6 h grace.
        clock.set(Instant.parse("2026-12-02T05:59:00Z"));
        assertEquals(1, process().tick());
        // Down over 08:00 on 3 December; back at 14:01, past the grace: skipped, and logged in the table.
        clock.set(Instant.parse("2026-12-03T06:01:00Z"));
        DailyService late = process();
        assertEquals(0, late.tick());
        assertEquals(DailyDelivery.Status.SKIPPED,
                store().delivery(CHAT, LocalDate.of(2026, 12, 3)).orElseThrow().status());
        assertEquals(Instant.parse("2026-12-04T00:00:00Z"), store().find(CHAT).orElseThrow().nextDue());
        run(late, Instant.parse("2026-12-04T00:10:00Z"), Duration.ofMinutes(5));
        List<Sent> sent = messenger.to(CHAT);
        assertEquals(2, sent.size());
        assertTrue(sent.get(1).text().contains("第 2/"), "the skipped day did not use up an excerpt");
    }

    @Test
    void daysMissedWhileDownAreLoggedAsSkipped() {
        clock.set(Instant.parse("2026-12-01T20:00:00Z"));
        process().subscribe(CHAT, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        clock.set(Instant.parse("2026-12-05T01:00:00Z")); // 09:00 on the 5th, one hour late for that day
        assertEquals(1, process().tick());
        JdbcDailyStore store = store();
        for (int day = 2; day <= 4; day++) {
            assertEquals(DailyDelivery.Status.SKIPPED,
                    store.delivery(CHAT, LocalDate.of(2026, 12, day)).orElseThrow().status());
        }
        assertEquals(DailyDelivery.Status.SENT, store.delivery(CHAT, LocalDate.of(2026, 12, 5)).orElseThrow().status());
    }

    @Test
    void concurrentTicksOfTwoProcessesNeverDeliverADayTwice() throws Exception {
        clock.set(Instant.parse("2026-12-01T20:00:00Z"));
        DailyService first = process();
        DailyService second = process();
        List<ChatId> chats = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ChatId chat = new ChatId("test", "chat-" + i);
            chats.add(chat);
            first.subscribe(chat, new DeliveryTime(LocalTime.of(8, i * 5), SHANGHAI));
        }
        messenger.slow = true;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Both processes tick at the same moments around the due times of two days (08:00–08:35 local).
            for (Instant morning : List.of(Instant.parse("2026-12-01T23:50:00Z"), Instant.parse("2026-12-02T23:50:00Z"))) {
                for (clock.set(morning); clock.instant().isBefore(morning.plus(Duration.ofHours(1)));
                     clock.advance(Duration.ofMinutes(5))) {
                    CyclicBarrier together = new CyclicBarrier(2);
                    Future<Integer> a = pool.submit(() -> {
                        together.await();
                        return first.tick();
                    });
                    Future<Integer> b = pool.submit(() -> {
                        together.await();
                        return second.tick();
                    });
                    a.get();
                    b.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (ChatId chat : chats) {
            List<LocalDate> days = messenger.to(chat).stream().map(s -> s.at().atZone(SHANGHAI).toLocalDate()).toList();
            assertEquals(List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)), days, chat.toString());
            assertEquals(2, store().find(chat).orElseThrow().position().part(), "one step per delivery (0-based next)");
        }
    }

    @Test
    void aFailedSendIsRetriedTheSameDayWithoutDoubleDelivery() {
        DailyConfig config = DailyConfig.defaults().withRetryDelay(Duration.ofMinutes(10));
        clock.set(Instant.parse("2026-12-01T20:00:00Z"));
        DailyService service = process(config);
        service.subscribe(CHAT, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        messenger.outcomes.add(Delivery.FAILED);
        messenger.outcomes.add(Delivery.FAILED);
        run(service, Instant.parse("2026-12-02T01:00:00Z"), Duration.ofMinutes(1));
        List<Sent> tries = messenger.attempts(CHAT);
        assertEquals(3, tries.size(), "08:00 failed, 08:10 failed, 08:20 sent");
        assertEquals(Instant.parse("2026-12-02T00:20:00Z"), tries.get(2).at());
        assertEquals(tries.get(0).text(), tries.get(2).text(), "the retry sends the same excerpt");
        assertEquals(1, messenger.to(CHAT).size());
        DailySubscription s = store().find(CHAT).orElseThrow();
        assertEquals(0, s.failures());
        assertEquals(1, s.position().part());
        assertEquals(3, store().delivery(CHAT, LocalDate.of(2026, 12, 2)).orElseThrow().attempts());
    }

    @Test
    void repeatedFailuresOrABlockPauseTheSubscriptionUntilTurnedOnAgain() {
        clock.set(Instant.parse("2026-12-01T20:00:00Z"));
        DailyService service = process();
        DeliveryTime eight = new DeliveryTime(LocalTime.of(8, 0), SHANGHAI);
        service.subscribe(CHAT, eight);
        for (int i = 0; i < 10; i++) {
            messenger.outcomes.add(Delivery.FAILED);
        }
        run(service, Instant.parse("2026-12-03T00:00:00Z"), Duration.ofMinutes(5));
        assertEquals(3, messenger.attempts(CHAT).size(), "three tries, then paused");
        assertEquals(DailySubscription.State.PAUSED_FAILING, store().find(CHAT).orElseThrow().state());

        messenger.outcomes.clear();
        messenger.outcomes.add(Delivery.BLOCKED);
        assertEquals(DailyService.Change.RESUMED, service.subscribe(CHAT, eight).change());
        run(service, Instant.parse("2026-12-05T00:00:00Z"), Duration.ofMinutes(5));
        assertEquals(4, messenger.attempts(CHAT).size(), "one blocked send, then no more tries");
        assertEquals(DailySubscription.State.PAUSED_BLOCKED, store().find(CHAT).orElseThrow().state());

        service.subscribe(CHAT, eight);
        run(service, Instant.parse("2026-12-06T00:00:00Z"), Duration.ofMinutes(5));
        assertEquals(1, messenger.to(CHAT).size());
        assertTrue(messenger.to(CHAT).get(0).text().contains("第 1/"), "nothing was lost while paused");
    }

    @Test
    void aSendInterruptedByACrashIsNotSentAgain() {
        clock.set(Instant.parse("2026-12-01T20:00:00Z"));
        DailyService service = process();
        service.subscribe(CHAT, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        // What a process that died mid-send leaves behind: the day claimed, its lease running.
        clock.set(Instant.parse("2026-12-02T00:00:00Z"));
        store().record(DailyDelivery.claimed(CHAT, LocalDate.of(2026, 12, 2), 1,
                new ReadingPosition("cpc-congress-20", 0, 1), clock.instant().plus(Duration.ofMinutes(5)),
                clock.instant()));
        run(process(), Instant.parse("2026-12-02T01:00:00Z"), Duration.ofMinutes(1));
        assertTrue(messenger.attempts(CHAT).isEmpty());
        assertEquals(DailyDelivery.Status.UNCERTAIN,
                store().delivery(CHAT, LocalDate.of(2026, 12, 2)).orElseThrow().status());
        assertEquals(1, store().find(CHAT).orElseThrow().position().part(), "counted as read");
    }

    @Test
    void nowCountsAsTodaysExcerpt() {
        clock.set(Instant.parse("2026-12-01T22:30:00Z")); // 06:30 in Shanghai
        DailyService service = process();
        ChatSettings settings = ChatSettings.defaults(CHAT, Language.ZH);
        assertInstanceOf(DailyService.NowResult.NotSubscribed.class, service.now(CHAT, settings));
        service.subscribe(CHAT, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        DailyService.NowResult.Shown now = assertInstanceOf(DailyService.NowResult.Shown.class,
                service.now(CHAT, settings));
        Reply.TextReply shown = (Reply.TextReply) PRESENTER.present(now.outcomes(), Messages.of(Language.ZH)).get(0);
        assertTrue(shown.text().plainText().contains("第 1/"));
        // Asked again the same day, it shows the same excerpt once more; the day is not delivered twice.
        DailyService.NowResult.Shown again = assertInstanceOf(DailyService.NowResult.Shown.class,
                service.now(CHAT, settings));
        DailyOutcome.ExcerptDue repeated = assertInstanceOf(DailyOutcome.ExcerptDue.class, again.outcomes().get(0));
        assertTrue(repeated.repeated());
        assertEquals(1, repeated.excerpt().part());
        run(service, Instant.parse("2026-12-03T01:00:00Z"), Duration.ofMinutes(10));
        List<Sent> pushed = messenger.to(CHAT);
        assertEquals(1, pushed.size(), "08:00 today was covered by /daily now");
        assertEquals(Instant.parse("2026-12-03T00:00:00Z"), pushed.get(0).at());
        assertTrue(pushed.get(0).text().contains("第 2/"));
    }

    @Test
    void offKeepsThePositionAndOnGoesOnFromIt() {
        clock.set(Instant.parse("2026-12-01T20:00:00Z"));
        DailyService service = process();
        DeliveryTime eight = new DeliveryTime(LocalTime.of(8, 0), SHANGHAI);
        assertEquals(DailyService.Change.NEW, service.subscribe(CHAT, eight).change());
        run(service, Instant.parse("2026-12-02T01:00:00Z"), Duration.ofMinutes(10));
        assertTrue(service.unsubscribe(CHAT));
        assertFalse(service.unsubscribe(CHAT));
        run(service, Instant.parse("2026-12-05T01:00:00Z"), Duration.ofMinutes(30));
        assertEquals(1, messenger.to(CHAT).size(), "nothing while off");
        assertEquals(DailyService.Change.RESUMED, service.subscribe(CHAT, eight).change());
        run(service, Instant.parse("2026-12-06T01:00:00Z"), Duration.ofMinutes(10));
        assertEquals(2, messenger.to(CHAT).size());
        assertTrue(messenger.to(CHAT).get(1).text().contains("第 2/"));
        assertEquals(2, service.status(CHAT, Set.of()).orElseThrow().deliveredDays());
    }

    @Test
    void changingTheTimeAfterTodaysExcerptWaitsForTomorrow() {
        clock.set(Instant.parse("2026-12-01T20:00:00Z"));
        DailyService service = process();
        service.subscribe(CHAT, new DeliveryTime(LocalTime.of(6, 0), SHANGHAI));
        run(service, Instant.parse("2026-12-01T23:00:00Z"), Duration.ofMinutes(10)); // sent at 06:00
        DailySubscription moved = service.reschedule(CHAT, new DeliveryTime(LocalTime.of(20, 0), SHANGHAI))
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 3), moved.dueDate(), "today already had its excerpt");
        assertNull(service.reschedule(new ChatId("test", "other"), new DeliveryTime(LocalTime.NOON, SHANGHAI))
                .orElse(null));
    }

    /** One send as the messenger saw it. */
    record Sent(ChatId chat, Instant at, String text, Delivery outcome) {
    }

    /**
     * A messenger that records every send of an excerpt and answers it with queued outcomes (SENT when none is
     * queued); the day's other messages are kept apart and always go out.
     */
    final class Recorder implements Messenger {
        final Deque<Delivery> outcomes = new ArrayDeque<>();
        final List<Sent> log = Collections.synchronizedList(new ArrayList<>());
        final List<Reply> others = Collections.synchronizedList(new ArrayList<>());
        volatile boolean slow;

        @Override
        public Delivery send(ChatId chat, Reply reply) {
            if (slow) {
                try {
                    Thread.sleep(2); // widens the window in which a second tick could race this one
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Delivery outcome;
            synchronized (outcomes) {
                outcome = outcomes.isEmpty() ? Delivery.SENT : outcomes.poll();
            }
            if (reply instanceof Reply.TextReply excerpt) {
                // The day's excerpt: what these tests count (the question of the day and reveals come with it).
                log.add(new Sent(chat, clock.instant(), excerpt.text().plainText(), outcome));
                return outcome;
            }
            others.add(reply);
            return Delivery.SENT;
        }

        List<Sent> attempts(ChatId chat) {
            synchronized (log) {
                return log.stream().filter(s -> s.chat().equals(chat)).toList();
            }
        }

        List<Sent> to(ChatId chat) {
            return attempts(chat).stream().filter(s -> s.outcome() == Delivery.SENT).toList();
        }
    }

    @SuppressWarnings("unused")
    private static Set<LocalDate> distinct(List<LocalDate> days) {
        return new HashSet<>(days);
    }
}
