package dev.studybot.quiz;

import static dev.studybot.quiz.QuizHarness.GROUP;
import static dev.studybot.quiz.QuizHarness.ZH;
import static dev.studybot.quiz.QuizHarness.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quiz cut off by a crash is closed on the next start, with the answers it had. */
class QuizRestartTest {

    @TempDir
    Path folder;

    @Test
    void anInterruptedQuizIsClosedWithItsResultsSoFar() {
        QuizHarness before = new QuizHarness(folder);
        QuizQuestionReply q = (QuizQuestionReply) before.start(before.member(GROUP, "starter"),
                ChatSettings.defaults(GROUP, Language.ZH), 5, Duration.ofSeconds(30)).get(1);
        before.answer(before.member(GROUP, "a"), idOf(q), 1, q.correct());
        // The process dies here: nothing is closed, the next process opens the same file.

        QuizHarness after = new QuizHarness(folder);
        after.engine.recover();
        assertEquals(1, after.pushed.size());
        assertEquals(GROUP, after.pushed.get(0).chat());
        String text = ((TextReply) after.pushed.get(0).reply()).text().plainText();
        assertTrue(text.startsWith(ZH.get("quiz.interrupted")) && text.contains("1. name-a — 15 分"), text);
        assertTrue(after.store.runningQuizzes().isEmpty());
        after.engine.recover();
        assertEquals(1, after.pushed.size(), "closed once");
        assertEquals(1, after.store.leaderboard(GROUP).size(), "the answer stands in the leaderboard");
    }

    @Test
    void aProcessClosesOnlyTheInterruptedQuizzesOfChatsItReachesAndAQuizClosedElsewhereIsNotAnnouncedAgain() {
        QuizHarness before = new QuizHarness(folder);
        before.start(before.member(GROUP, "starter"), ChatSettings.defaults(GROUP, Language.ZH), 5,
                Duration.ofSeconds(30));
        // The process that ran it dies; two processes now share the database.

        QuizHarness elsewhere = new QuizHarness(folder);
        elsewhere.engine.recover(chat -> false);
        assertTrue(elsewhere.pushed.isEmpty(), "a process that does not reach the chat leaves its quiz alone");
        assertEquals(1, elsewhere.store.runningQuizzes().size());

        QuizHarness holder = new QuizHarness(folder);
        QuizHarness late = new QuizHarness(folder);
        holder.engine.recover(GROUP::equals);
        late.engine.recover(GROUP::equals);
        assertEquals(1, holder.pushed.size(), "the process that reaches the chat closes it");
        assertTrue(late.pushed.isEmpty(), "closed once, announced once");
    }
}
