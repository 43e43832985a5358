package dev.studybot.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.model.ChatId;
import dev.studybot.model.Language;
import dev.studybot.store.AnswerRecord;
import dev.studybot.store.HintRecord;
import dev.studybot.store.MemberTotals;
import dev.studybot.store.QuizRecord;
import dev.studybot.store.ReviewItem;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz tables on a real SQLite file, across a reopen (a restart). */
class SqliteQuizStoreTest {

    static final ChatId CHAT = new ChatId("telegram", "-100");
    static final Instant T = Instant.parse("2024-03-01T08:00:00Z");

    @TempDir
    Path folder;

    private static AnswerRecord answer(String quiz, int number, String member, boolean correct, int points,
                                       Instant at) {
        return new AnswerRecord(quiz, CHAT, number, "q" + number, member, "Name " + member, List.of(0, 2), correct,
                points, at, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
    }

    @Test
    void answersAreKeptOncePerMemberAndSurviveAReopen() {
        Path file = folder.resolve("studybot.db");
        SqliteQuizStore store = new SqliteQuizStore(SqliteDatabase.open(file));
        store.startQuiz(new QuizRecord("qabc", CHAT, "u1", "Starter", Language.ZH, 5, 30, T));
        assertTrue(store.recordAnswer(answer("qabc", 1, "u1", true, 14, T)));
        assertFalse(store.recordAnswer(answer("qabc", 1, "u1", false, 0, T.plusSeconds(1))), "second answer");
        assertTrue(store.recordAnswer(answer("qabc", 1, "u2", false, 0, T.plusSeconds(2))));
        assertTrue(store.recordAnswer(answer("qabc", 2, "u1", true, 10, T.plusSeconds(40))));
        store.markAsked(CHAT, List.of("q1", "q2"), T);

        SqliteDatabase reopened = SqliteDatabase.open(file);
        assertTrue(reopened.schemaVersion() >= 2);
        SqliteQuizStore again = new SqliteQuizStore(reopened);
        List<AnswerRecord> answers = again.answers("qabc");
        assertEquals(3, answers.size());
        assertEquals(List.of(0, 2), answers.get(0).choices());
        assertTrue(answers.get(0).correct());
        assertEquals(1, again.runningQuizzes().size(), "a quiz nobody closed is still marked running");
        assertEquals(Set.of("q1", "q2"), again.asked(CHAT));
        assertEquals(List.of(new MemberTotals("u1", "Name u1", 2, 2, 24), new MemberTotals("u2", "Name u2", 1, 0, 0)),
                again.leaderboard(CHAT));

        again.endQuiz("qabc", QuizRecord.Status.INTERRUPTED, T.plusSeconds(100));
        assertTrue(again.runningQuizzes().isEmpty());
        again.forgetAsked(CHAT);
        assertTrue(again.asked(CHAT).isEmpty());
    }

    @Test
    void aHintCountsOncePerMemberAndQuestionAndSurvivesAReopen() {
        Path file = folder.resolve("hints.db");
        SqliteQuizStore store = new SqliteQuizStore(SqliteDatabase.open(file));
        assertTrue(store.recordHint(new HintRecord("qh", CHAT, 1, "q1", "u1", T)));
        assertFalse(store.recordHint(new HintRecord("qh", CHAT, 1, "q1", "u1", T.plusSeconds(3))), "asked again");
        assertTrue(store.recordHint(new HintRecord("qh", CHAT, 2, "q2", "u1", T.plusSeconds(40))));
        assertTrue(store.recordHint(new HintRecord("qh", CHAT, 1, "q1", "u2", T.plusSeconds(5))));
        assertTrue(store.recordHint(new HintRecord("qo", new ChatId("telegram", "-300"), 1, "q1", "u1", T)));

        SqliteQuizStore again = new SqliteQuizStore(SqliteDatabase.open(file));
        assertEquals(2, again.hintsUsed(CHAT, "u1"), "this chat's hints only");
        assertEquals(1, again.hintsUsed(CHAT, "u2"));
        assertEquals(0, again.hintsUsed(CHAT, "u3"));
        assertTrue(again.hinted("qh", 2, "u1"));
        assertFalse(again.hinted("qh", 2, "u2"));
    }

    @Test
    void answerDaysAreDistinctLatestFirst() {
        SqliteQuizStore store = new SqliteQuizStore(SqliteDatabase.open(folder.resolve("db.sqlite")));
        store.recordAnswer(answer("q1", 1, "u1", true, 10, T));
        store.recordAnswer(answer("q1", 2, "u1", true, 10, T.plusSeconds(60)));
        store.recordAnswer(answer("q2", 1, "u1", true, 10, T.plusSeconds(86_400)));
        assertEquals(List.of(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)), store.answerDays(CHAT, "u1"));
    }

    @Test
    void reviewItemsComeDueInBoxOrder() {
        SqliteQuizStore store = new SqliteQuizStore(SqliteDatabase.open(folder.resolve("db.sqlite")));
        store.saveReview(new ReviewItem("telegram", "u1", "qa", "-100", "{}", 2, 1, T));
        store.saveReview(new ReviewItem("telegram", "u1", "qb", "-100", "{}", 1, 0, T.plusSeconds(5)));
        store.saveReview(new ReviewItem("telegram", "u1", "qc", "-100", "{}", 1, 0, T.plusSeconds(3600)));
        assertEquals("qa", store.dueReview("telegram", "u1", T.plusSeconds(1)).orElseThrow().questionId());
        assertEquals("qb", store.dueReview("telegram", "u1", T.plusSeconds(10)).orElseThrow().questionId());
        assertTrue(store.dueReview("telegram", "u1", T.minusSeconds(1)).isEmpty());
        store.deleteReview("telegram", "u1", "qb");
        assertEquals(2, store.reviewCount("telegram", "u1"));
    }

    @Test
    void aMovedChatTakesItsQuizRowsAlong() {
        SqliteDatabase database = SqliteDatabase.open(folder.resolve("db.sqlite"));
        SqliteQuizStore store = new SqliteQuizStore(database);
        store.startQuiz(new QuizRecord("qm", CHAT, "u1", "Starter", Language.ZH, 5, 30, T));
        store.recordAnswer(answer("qm", 1, "u1", true, 12, T));
        store.markAsked(CHAT, List.of("q1"), T);
        store.recordHint(new HintRecord("qm", CHAT, 1, "q1", "u1", T));
        ChatId moved = new ChatId("telegram", "-200");
        new SqliteChatMover(database).move(CHAT, moved);
        assertTrue(store.leaderboard(CHAT).isEmpty());
        assertEquals(12, store.leaderboard(moved).get(0).points());
        assertEquals(Set.of("q1"), store.asked(moved));
        assertEquals(1, store.hintsUsed(moved, "u1"));
        assertEquals(0, store.hintsUsed(CHAT, "u1"));
        assertEquals(moved, store.runningQuizzes().get(0).chat());
    }
}
