package dev.studybot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.JdbcChatMover;
import dev.studybot.store.jdbc.JdbcChatSettingsStore;
import dev.studybot.store.jdbc.JdbcDailyStore;
import dev.studybot.store.jdbc.JdbcPostedPolls;
import dev.studybot.store.jdbc.JdbcQuizStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every store port promises, asserted the same way on each database: {@link SqliteStoreContractTest} runs
 * it on a SQLite file, {@link PostgresqlStoreContractTest} on a real PostgreSQL server. A subclass says how to
 * open a database that is empty the first time and the same database again after that (a restart, or a second
 * process).
 */
abstract class StoreContract {

    static final ChatId CHAT = new ChatId("telegram", "-100");
    static final Instant T = Instant.parse("2024-03-01T08:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final List<Database> opened = new ArrayList<>();

    /** The test's database: empty on the first call of a test, the same one (reopened) on later calls. */
    protected abstract Database openDatabase();

    /** Opens the test's database and closes it after the test. */
    protected final Database database() {
        Database database = openDatabase();
        opened.add(database);
        return database;
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    private static AnswerRecord answer(String quiz, int number, String member, boolean correct, int points,
                                       Instant at) {
        return new AnswerRecord(quiz, CHAT, number, "q" + number, member, "Name " + member, List.of(0, 2), correct,
                points, at, LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    // --- the schema ---

    @Test
    void migrationsRunOnceAndTheSchemaKeepsItsVersionOnReopen() {
        int version = database().schemaVersion();
        assertTrue(version >= 5, "at least V5: " + version);
        assertEquals(version, database().schemaVersion());
    }

    // --- chat settings ---

    @Test
    void settingsAreSavedReplacedAndSurviveAReopen() {
        JdbcChatSettingsStore store = new JdbcChatSettingsStore(database());
        assertTrue(store.find(CHAT).isEmpty());
        store.save(new ChatSettings(CHAT, Language.ZH, Set.of()));
        store.save(new ChatSettings(CHAT, Language.EN, Set.of("a", "b")));

        ChatSettings loaded = new JdbcChatSettingsStore(database()).find(CHAT).orElseThrow();
        assertEquals(Language.EN, loaded.language());
        assertEquals(Set.of("a", "b"), loaded.scope());
        assertTrue(store.find(new ChatId("discord", "-100")).isEmpty(), "the platform is part of the chat");
    }

    // --- quizzes ---

    @Test
    void answersAreKeptOncePerMemberAndSurviveAReopen() {
        JdbcQuizStore store = new JdbcQuizStore(database());
        store.startQuiz(new QuizRecord("qabc", CHAT, "u1", "Starter", Language.ZH, 5, 30, T));
        assertTrue(store.recordAnswer(answer("qabc", 1, "u1", true, 14, T)));
        assertFalse(store.recordAnswer(answer("qabc", 1, "u1", false, 0, T.plusSeconds(1))), "second answer");
        assertTrue(store.recordAnswer(answer("qabc", 1, "u2", false, 0, T.plusSeconds(2))));
        assertTrue(store.recordAnswer(answer("qabc", 2, "u1", true, 10, T.plusSeconds(40))));
        store.markAsked(CHAT, List.of("q1", "q2"), T);
        store.markAsked(CHAT, List.of("q2"), T.plusSeconds(1));

        JdbcQuizStore again = new JdbcQuizStore(database());
        List<AnswerRecord> answers = again.answers("qabc");
        assertEquals(List.of("u1", "u2", "u1"), answers.stream().map(AnswerRecord::memberId).toList());
        assertEquals(answer("qabc", 1, "u1", true, 14, T), answers.get(0));
        assertEquals(1, again.runningQuizzes().size(), "a quiz nobody closed is still marked running");
        QuizRecord running = again.runningQuizzes().get(0);
        assertEquals(new QuizRecord("qabc", CHAT, "u1", "Starter", Language.ZH, 5, 30, T), running);
        assertEquals(Set.of("q1", "q2"), again.asked(CHAT));
        assertEquals(List.of(new MemberTotals("u1", "Name u1", 2, 2, 24), new MemberTotals("u2", "Name u2", 1, 0, 0)),
                again.leaderboard(CHAT));

        assertTrue(again.endQuiz("qabc", QuizRecord.Status.INTERRUPTED, T.plusSeconds(100)));
        assertFalse(store.endQuiz("qabc", QuizRecord.Status.FINISHED, T.plusSeconds(101)), "ended once only");
        assertTrue(again.runningQuizzes().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> again.endQuiz("qabc", QuizRecord.Status.RUNNING, T.plusSeconds(102)));
        again.forgetAsked(CHAT);
        assertTrue(again.asked(CHAT).isEmpty());
    }

    @Test
    void answerDaysAreDistinctLatestFirst() {
        JdbcQuizStore store = new JdbcQuizStore(database());
        store.recordAnswer(answer("q1", 1, "u1", true, 10, T));
        store.recordAnswer(answer("q1", 2, "u1", true, 10, T.plusSeconds(60)));
        store.recordAnswer(answer("q2", 1, "u1", true, 10, T.plusSeconds(86_400)));
        assertEquals(List.of(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)), store.answerDays(CHAT, "u1"));
        assertTrue(store.answerDays(CHAT, "nobody").isEmpty());
    }

    @Test
    void reviewItemsComeDueInBoxOrderAndAreReplaced() {
        JdbcQuizStore store = new JdbcQuizStore(database());
        store.saveReview(new ReviewItem("telegram", "u1", "qa", "-100", "{}", 2, 1, T));
        store.saveReview(new ReviewItem("telegram", "u1", "qb", "-100", "{}", 1, 0, T.plusSeconds(5)));
        store.saveReview(new ReviewItem("telegram", "u1", "qc", "-100", "{}", 1, 0, T.plusSeconds(3600)));
        assertEquals("qa", store.dueReview("telegram", "u1", T.plusSeconds(1)).orElseThrow().questionId());
        assertEquals("qb", store.dueReview("telegram", "u1", T.plusSeconds(10)).orElseThrow().questionId());
        assertTrue(store.dueReview("telegram", "u1", T.minusSeconds(1)).isEmpty());
        store.deleteReview("telegram", "u1", "qb");
        assertEquals(2, store.reviewCount("telegram", "u1"));
        ReviewItem moved = new ReviewItem("telegram", "u1", "qa", "-200", "{\"x\":1}", 3, 2, T.plusSeconds(99));
        store.saveReview(moved);
        assertEquals(Optional.of(moved), store.review("telegram", "u1", "qa"));
        assertEquals(2, store.reviewCount("telegram", "u1"));
        assertEquals(0, store.reviewCount("discord", "u1"));
    }

    @Test
    void aReviewQuestionIsOpenUntilItsAnswerClosesItOnce() {
        JdbcQuizStore store = new JdbcQuizStore(database());
        OpenReview first = new OpenReview(CHAT, "u1", "r1", "{\"id\":\"qa\"}", T);
        store.openReview(first);
        OpenReview second = new OpenReview(CHAT, "u1", "r2", "{\"id\":\"qb\"}", T.plusSeconds(9));
        store.openReview(second);
        JdbcQuizStore elsewhere = new JdbcQuizStore(database());
        assertEquals(Optional.of(second), elsewhere.openReview(CHAT, "u1"), "the newer question replaced the older");
        assertTrue(elsewhere.openReview(CHAT, "u2").isEmpty());
        assertTrue(elsewhere.openReview(new ChatId("telegram", "-200"), "u1").isEmpty());
        assertFalse(store.closeReview(CHAT, "u1", "r1"), "a replaced question cannot be answered");
        assertTrue(elsewhere.closeReview(CHAT, "u1", "r2"));
        assertFalse(store.closeReview(CHAT, "u1", "r2"), "answered once only");
        assertTrue(store.openReview(CHAT, "u1").isEmpty());
    }

    // --- posted polls ---

    @Test
    void postedPollsAreFoundByPlatformAndIdLatestFirstAndForgottenWhenOld() {
        JdbcPostedPolls store = new JdbcPostedPolls(database());
        store.remember("telegram", "5001", CHAT, "quiz:qabc:1:", Optional.empty(), T);
        store.remember("telegram", "5002", CHAT, "daily:20240301:", Optional.of("41"), T.plusSeconds(3600));
        store.remember("telegram", "5003", CHAT, "daily:20240301:", Optional.of("42"), T.plusSeconds(7200));
        JdbcPostedPolls elsewhere = new JdbcPostedPolls(database());
        assertEquals(Optional.of(new PostedPolls.PostedPoll("5001", CHAT, "quiz:qabc:1:", Optional.empty())),
                elsewhere.find("telegram", "5001"));
        assertTrue(elsewhere.find("discord", "5001").isEmpty());
        assertEquals("5003", elsewhere.latestFor(CHAT, "daily:20240301:").orElseThrow().pollId());
        assertEquals(Optional.of("42"), elsewhere.latestFor(CHAT, "daily:20240301:").orElseThrow().messageId());
        assertEquals(1, elsewhere.forgetPostedBefore(T.plusSeconds(60)));
        assertTrue(store.find("telegram", "5001").isEmpty());
        assertTrue(store.find("telegram", "5002").isPresent());
    }

    // --- hints ---

    @Test
    void aHintCountsOncePerMemberAndQuestionInItsChat() {
        JdbcQuizStore store = new JdbcQuizStore(database());
        assertTrue(store.recordHint(new HintRecord("qh", CHAT, 1, "q1", "u1", T)));
        assertFalse(store.recordHint(new HintRecord("qh", CHAT, 1, "q1", "u1", T.plusSeconds(3))), "asked again");
        assertTrue(store.recordHint(new HintRecord("qh", CHAT, 2, "q2", "u1", T.plusSeconds(40))));
        assertTrue(store.recordHint(new HintRecord("qh", CHAT, 1, "q1", "u2", T.plusSeconds(5))));
        assertTrue(store.recordHint(new HintRecord("qo", new ChatId("telegram", "-300"), 1, "q1", "u1", T)));

        JdbcQuizStore elsewhere = new JdbcQuizStore(database());
        assertEquals(2, elsewhere.hintsUsed(CHAT, "u1"), "this chat's hints only");
        assertEquals(1, elsewhere.hintsUsed(CHAT, "u2"));
        assertEquals(0, elsewhere.hintsUsed(CHAT, "u3"));
        assertTrue(elsewhere.hinted("qh", 2, "u1"));
        assertFalse(elsewhere.hinted("qh", 2, "u2"));
    }

    // --- daily excerpts ---

    private static DailySubscription subscription(ChatId chat, Instant due) {
        return DailySubscription.started(chat, LocalTime.of(8, 0), SHANGHAI, due, LocalDate.ofInstant(due, SHANGHAI));
    }

    @Test
    void subscriptionsAreSavedAndComeDueEarliestFirst() {
        JdbcDailyStore store = new JdbcDailyStore(database());
        ChatId late = new ChatId("discord", "7");
        ChatId off = new ChatId("discord", "8");
        store.save(subscription(late, T.plusSeconds(60)));
        store.save(subscription(CHAT, T));
        store.save(subscription(off, T).turnedOff());
        DailySubscription read = subscription(CHAT, T).delivered(new ReadingPosition("doc", 3, 2));
        store.save(read);

        assertEquals(Optional.of(read), new JdbcDailyStore(database()).find(CHAT));
        assertEquals(List.of(CHAT, late), store.due(T.plusSeconds(60)).stream().map(DailySubscription::chat).toList());
        assertEquals(List.of(CHAT), store.due(T).stream().map(DailySubscription::chat).toList());
        assertTrue(store.due(T.minusMillis(1)).isEmpty());
        assertNull(store.find(late).orElseThrow().position().docId(), "a new subscription reads from the start");
    }

    @Test
    void theDeliveryLogKeepsOneRowPerChatAndDate() {
        JdbcDailyStore store = new JdbcDailyStore(database());
        LocalDate day = LocalDate.of(2024, 3, 1);
        DailyDelivery claimed = DailyDelivery.claimed(CHAT, day, 1, new ReadingPosition("doc", 4, 1),
                T.plusSeconds(120), T);
        store.record(claimed);
        assertEquals(Optional.of(claimed), store.delivery(CHAT, day));
        DailyDelivery failed = claimed.failed(T.plusSeconds(600), T.plusSeconds(5));
        store.record(failed);
        assertEquals(Optional.of(failed), store.delivery(CHAT, day));
        store.record(DailyDelivery.skipped(CHAT, day.minusDays(1), T));
        store.record(DailyDelivery.shown(CHAT, day.minusDays(2), 1, new ReadingPosition("doc", 2, 1),
                DayLesson.withoutQuestion(1), T));
        store.record(DailyDelivery.claimed(CHAT, day.minusDays(3), 1, new ReadingPosition("doc", 1, 1), T, T)
                .uncertain(T));
        assertEquals(2, store.deliveredDays(CHAT), "sent and uncertain days count, skipped and failed do not");
        assertTrue(store.delivery(CHAT, day.plusDays(1)).isEmpty());
    }

    @Test
    void anAtomicBlockThatFailsLeavesNothingBehind() {
        JdbcDailyStore store = new JdbcDailyStore(database());
        assertThrows(IllegalStateException.class, () -> store.atomically(() -> {
            store.save(subscription(CHAT, T));
            throw new IllegalStateException("fails half way");
        }));
        assertTrue(store.find(CHAT).isEmpty());
        assertEquals(Optional.of(7), Optional.of(store.atomically(() -> 7)));
    }

    @Test
    void atomicBlocksOfOneChatDoNotInterleaveAcrossProcesses() throws Exception {
        JdbcDailyStore first = new JdbcDailyStore(database());
        JdbcDailyStore second = new JdbcDailyStore(database());
        first.save(subscription(CHAT, T));
        int each = 40;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (JdbcDailyStore store : List.of(first, second)) {
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        // Read, decide, write: a lost update shows as a count below 2 × each.
                        store.atomically(() -> {
                            DailySubscription s = store.find(CHAT).orElseThrow();
                            store.save(s.sendFailed(Integer.MAX_VALUE));
                            return null;
                        });
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(2 * each, first.find(CHAT).orElseThrow().failures());
    }

    // --- moving a chat ---

    @Test
    void aMovedChatTakesItsRowsAlongAndTheNewChatsRowsWin() {
        Database database = database();
        JdbcQuizStore quiz = new JdbcQuizStore(database);
        JdbcChatSettingsStore settings = new JdbcChatSettingsStore(database);
        JdbcDailyStore daily = new JdbcDailyStore(database);
        ChatId moved = new ChatId("telegram", "-200");
        quiz.startQuiz(new QuizRecord("qm", CHAT, "u1", "Starter", Language.ZH, 5, 30, T));
        quiz.recordAnswer(answer("qm", 1, "u1", true, 12, T));
        quiz.markAsked(CHAT, List.of("q1", "q2"), T);
        quiz.markAsked(moved, List.of("q2"), T);
        settings.save(new ChatSettings(CHAT, Language.EN, Set.of("doc")));
        LocalDate day = LocalDate.of(2024, 3, 1);
        daily.record(DailyDelivery.skipped(CHAT, day, T));
        daily.record(DailyDelivery.skipped(CHAT, day.plusDays(1), T));
        DailyDelivery kept = DailyDelivery.shown(moved, day, 1, new ReadingPosition("doc", 0, 1),
                DayLesson.of(2, Optional.of("{\"prompt\":\"问题\"}"), "daily:20240301"), T);
        daily.record(kept);
        JdbcPostedPolls polls = new JdbcPostedPolls(database);
        polls.remember("telegram", "77", CHAT, "quiz:qm:1:", Optional.empty(), T);
        quiz.recordHint(new HintRecord("qm", CHAT, 1, "q1", "u1", T));
        quiz.openReview(new OpenReview(CHAT, "u1", "r1", "{}", T));

        new JdbcChatMover(database).move(CHAT, moved);

        assertTrue(quiz.leaderboard(CHAT).isEmpty());
        assertEquals(12, quiz.leaderboard(moved).get(0).points());
        assertEquals(Set.of("q1", "q2"), quiz.asked(moved));
        assertTrue(quiz.asked(CHAT).isEmpty());
        assertEquals(moved, quiz.runningQuizzes().get(0).chat());
        assertEquals(Set.of("doc"), settings.find(moved).orElseThrow().scope());
        assertTrue(settings.find(CHAT).isEmpty());
        assertEquals(Optional.of(kept), daily.delivery(moved, day), "the new chat's row wins");
        assertEquals(DailyDelivery.Status.SKIPPED, daily.delivery(moved, day.plusDays(1)).orElseThrow().status());
        assertTrue(daily.delivery(CHAT, day).isEmpty(), "the old chat's duplicate is gone");
        assertEquals(moved, polls.find("telegram", "77").orElseThrow().chat(), "a vote on an old poll still counts");
        assertTrue(quiz.openReview(moved, "u1").isPresent());
        assertEquals(1, quiz.hintsUsed(moved, "u1"));
        assertEquals(0, quiz.hintsUsed(CHAT, "u1"));
    }

    // --- exclusive roles ---

    @Test
    void aLockHasOneHolderAtATime() {
        ExclusiveLocks here = database().locks();
        ExclusiveLocks elsewhere = database().locks();
        ExclusiveLocks.HeldLock held = here.tryLock("telegram").orElseThrow();
        assertTrue(held.stillHeld());
        assertTrue(elsewhere.tryLock("telegram").isEmpty(), "another process must wait");
        ExclusiveLocks.HeldLock other = elsewhere.tryLock("discord-shards").orElseThrow();
        held.close();
        ExclusiveLocks.HeldLock taken = elsewhere.tryLock("telegram").orElseThrow();
        assertTrue(taken.stillHeld());
        taken.close();
        other.close();
    }

    @Test
    void aSharedLockIsNeverHeldBesideAnExclusiveOne() {
        ExclusiveLocks here = database().locks();
        ExclusiveLocks elsewhere = database().locks();
        ExclusiveLocks.HeldLock exclusive = here.tryLock("discord-all-shards").orElseThrow();
        assertTrue(elsewhere.tryLockShared("discord-all-shards").isEmpty(), "no shared holder beside an exclusive one");
        exclusive.close();
        ExclusiveLocks.HeldLock shared = elsewhere.tryLockShared("discord-all-shards").orElseThrow();
        assertTrue(shared.stillHeld());
        assertTrue(here.tryLock("discord-all-shards").isEmpty(), "no exclusive holder beside a shared one");
        shared.close();
        here.tryLock("discord-all-shards").orElseThrow().close();
    }
}
