package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.studybot.chat.Announcer;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Reply;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.JdbcQuizStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code /quiz} while its question pool is still being generated (the whole library's takes minutes after a
 * start) answers at once instead of holding the chat's update thread, and the quiz starts when the pool is ready.
 */
class QuizPoolPreparingTest {

    @TempDir
    Path folder;

    @Test
    void answersAtOnceThenStartsTheQuizWhenItsQuestionsAreReady() throws Exception {
        List<Question> realPool = QuizHarness.bank().pool(Set.of(QuizHarness.SMALL_DOC.id()));
        CountDownLatch generating = new CountDownLatch(1);
        QuestionGenerator slow = mock(QuestionGenerator.class);
        when(slow.generate(any(), any(), anyLong())).thenAnswer(call -> {
            generating.await();
            return realPool;
        });
        DocumentLibrary library = new DocumentLibrary(List.of(QuizHarness.SMALL_DOC));
        List<Reply> pushed = new CopyOnWriteArrayList<>();
        CountDownLatch firstQuestion = new CountDownLatch(1);
        Messenger messenger = (chat, reply) -> {
            pushed.add(reply);
            if (reply instanceof Reply.QuizQuestionReply) {
                firstQuestion.countDown();
            }
            return Messenger.Delivery.SENT;
        };
        QuizHarness harness = new QuizHarness(folder);
        QuizEngine engine = new QuizEngine(new QuestionBank(library, slow), QuizHarness.HINTS,
                new JdbcQuizStore(Database.sqlite(folder.resolve("other.db"))),
                Announcer.through(QuizHarness.QUIZ::present, messenger, Messages.all()), harness.clock,
                new Random(5), missed -> { }, Duration.ZERO);
        ChatSettings settings = new ChatSettings(QuizHarness.GROUP, Language.ZH, Set.of());
        var origin = QuizHarness.member(QuizHarness.GROUP, "alice", false, harness.clock.instant());

        List<QuizOutcome> first = engine.start(origin, settings, 3, Duration.ofSeconds(30));
        assertEquals(1, first.size(), first.toString());
        assertInstanceOf(QuizOutcome.Preparing.class, first.get(0));
        assertTrue(QuizHarness.QUIZ.present(first, QuizHarness.ZH).get(0).toString().contains("正在准备题目"));
        assertEquals(List.of(new QuizOutcome.Refused(QuizOutcome.Refusal.ALREADY_RUNNING)),
                engine.start(origin, settings, 3, Duration.ofSeconds(30)), "one quiz per chat, prepared or running");
        assertTrue(pushed.isEmpty(), "nothing starts before the questions are there");

        generating.countDown();
        assertTrue(firstQuestion.await(30, TimeUnit.SECONDS), "the quiz starts once its pool is ready");
        assertTrue(pushed.get(0).toString().contains("测验开始"), pushed.toString());
        assertInstanceOf(Reply.QuizQuestionReply.class, pushed.get(1));
    }
}
