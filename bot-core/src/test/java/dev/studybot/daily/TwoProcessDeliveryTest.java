package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.StudyBotCore;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Reply;
import dev.studybot.model.ChatId;
import dev.studybot.store.DailyDelivery;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.DatabaseSettings;
import dev.studybot.store.jdbc.JdbcDailyStore;
import dev.studybot.testing.MutableClock;
import dev.studybot.testing.TestCore;
import dev.studybot.testing.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two cores, as two processes would run them, on one PostgreSQL database, with one injected clock: both daily
 * schedulers tick at the same moments, on two threads, over many chats in several zones for several days, and every
 * chat gets exactly one excerpt each local day, whichever process sent it.
 */
@Tag(TestPostgres.TAG)
@Tag("slow") // five days of ticks of two cores over 24 chats
class TwoProcessDeliveryTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));
    private static final int CHATS = 24;
    private static final int DAYS = 5;
    private static final Duration STEP = Duration.ofMinutes(40);

    private DatabaseSettings settings;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeEach
    void freshSchema() {
        settings = TestPostgres.freshSchema();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
        TestPostgres.drop(settings);
    }

    /** A send as a process's messenger saw it. */
    private record Sent(int process, ChatId chat, Instant at) {
    }

    private StudyBotCore process(int number, MutableClock clock, List<Sent> sent) {
        Database database = Database.open(settings);
        opened.add(database);
        StudyBotCore core = StudyBotCore.builder(TestCore.fixtureLibrary(), database).clock(clock)
                .random(new Random(number)).build();
        opened.add(core);
        Messenger messenger = new Messenger() {
            @Override
            public Delivery send(ChatId chat, Reply reply) {
                // A day is the excerpt, its question of the day and (from the second) the reveal: count excerpts.
                if (reply instanceof Reply.TextReply) {
                    sent.add(new Sent(number, chat, clock.instant()));
                }
                return Delivery.SENT;
            }
        };
        core.messenger().register("test", messenger);
        return core;
    }

    @Test
    void eachChatGetsOneExcerptADayWhileTwoProcessesDeliver() throws Exception {
        Instant start = Instant.parse("2026-03-26T00:00:00Z"); // Berlin changes its clocks on the 29th
        MutableClock clock = new MutableClock(start);
        List<Sent> sent = new CopyOnWriteArrayList<>();
        StudyBotCore first = process(1, clock, sent);
        StudyBotCore second = process(2, clock, sent);
        Map<ChatId, DeliveryTime> chats = new HashMap<>();
        Random random = new Random(16);
        for (int i = 0; i < CHATS; i++) {
            ChatId chat = new ChatId("test", "group-" + i);
            DeliveryTime time = new DeliveryTime(LocalTime.of(random.nextInt(24), 10 * random.nextInt(6)),
                    ZONES.get(i % ZONES.size()));
            chats.put(chat, time);
            (i % 2 == 0 ? first : second).daily().subscribe(chat, time);
        }

        Instant end = start.plus(Duration.ofDays(DAYS));
        CyclicBarrier together = new CyclicBarrier(2);
        Map<Integer, AtomicInteger> byProcess = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (StudyBotCore core : List.of(first, second)) {
                runs.add(threads.submit(() -> {
                    for (Instant at = start; !at.isAfter(end); at = at.plus(STEP)) {
                        together.await(); // both tick at the same clock time
                        core.daily().tick();
                        together.await(); // then the clock moves on
                        if (core == first) {
                            clock.advance(STEP);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
        sent.forEach(s -> byProcess.computeIfAbsent(s.process(), p -> new AtomicInteger()).incrementAndGet());

        JdbcDailyStore log = new JdbcDailyStore(opened.stream().filter(Database.class::isInstance)
                .map(Database.class::cast).findFirst().orElseThrow());
        int total = 0;
        for (Map.Entry<ChatId, DeliveryTime> chat : chats.entrySet()) {
            DeliveryTime time = chat.getValue();
            List<LocalDate> days = sent.stream().filter(s -> s.chat().equals(chat.getKey()))
                    .map(s -> time.dateAt(s.at())).toList();
            LocalDate firstDay = time.firstDateAfter(start);
            LocalDate lastDay = time.latestDateAtOrBefore(end);
            List<LocalDate> expected = firstDay.datesUntil(lastDay.plusDays(1)).toList();
            assertEquals(expected, days.stream().sorted().toList(), chat.getKey() + " at " + time.timeText() + " "
                    + time.zoneText() + ": one excerpt a day, none twice, none missed");
            for (LocalDate day : expected) {
                assertEquals(DailyDelivery.Status.SENT, log.delivery(chat.getKey(), day).orElseThrow().status());
            }
            total += expected.size();
        }
        assertEquals(total, sent.size());
        assertTrue(byProcess.size() == 2, "both processes delivered: " + byProcess);
    }
}
