package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.studybot.document.DocumentLibrary;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bank generates a scope's pool once, in the background when asked to, and shares it with every caller. */
class QuestionBankTest {

    private final DocumentLibrary library = new DocumentLibrary(List.of(QuizFixtures.report()));
    private final QuestionGenerator generator = mock(QuestionGenerator.class);
    private final List<Question> questions = List.of(new Question("q1", QuestionType.TRUE_FALSE, "p",
            List.of("正确", "错误"), List.of(0), "【x】", new QuestionSource("cpc-congress-20", 1, "x")));

    @Test
    void aQuizAskedWhileThePoolIsPrewarmingWaitsForThatWorkInsteadOfRepeatingIt() throws Exception {
        CountDownLatch generating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(generator.generate(any(), any(), anyLong())).thenAnswer(invocation -> {
            generating.countDown();
            assertTrue(release.await(10, TimeUnit.SECONDS));
            return questions;
        });
        QuestionBank bank = new QuestionBank(library, generator);

        Thread prewarm = bank.prewarm(Set.of());
        assertEquals(QuestionBank.PREWARM_THREAD, prewarm.getName());
        assertTrue(prewarm.isDaemon());
        assertTrue(generating.await(10, TimeUnit.SECONDS));
        ExecutorService quizzes = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Question>>> asked = List.of(quizzes.submit(() -> bank.pool(Set.of())),
                    quizzes.submit(() -> bank.pool(Set.of())), quizzes.submit(() -> bank.pool(Set.of())));
            release.countDown();
            for (Future<List<Question>> pool : asked) {
                assertSame(questions, pool.get(10, TimeUnit.SECONDS));
            }
        } finally {
            quizzes.shutdownNow();
        }
        prewarm.join(10_000);
        verify(generator, times(1)).generate(any(), any(), anyLong());
    }

    @Test
    void aDrawTakesItsQuestionsFromTheFirstFreshOnesSoFactsComeBeforeSecondQuestions() {
        List<Question> pool = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Each on a sentence of its own: questions on one clause never share a draw.
            pool.add(new Question("q" + i, QuestionType.TRUE_FALSE, "p" + i, List.of("正确", "错误"), List.of(0),
                    "原文：【x" + i + "】", new QuestionSource("d", 1, "句" + i + "x" + i)));
        }
        java.util.Set<String> asked = new java.util.HashSet<>(List.of("q0", "q1"));
        QuestionBank.Draw draw = QuestionBank.draw(pool, asked, 5, new java.util.Random(3));
        assertEquals(5, draw.questions().size());
        for (Question q : draw.questions()) {
            int n = Integer.parseInt(q.id().substring(1));
            assertTrue(n >= 2 && n < 2 + QuestionBank.DRAW_WINDOW, q.id());
        }
    }

    @Test
    void aLiveDrawHoldsAtMostTwoQuestionsOnOneFamilyOfSiblingsAndKeepsTrueAndFalseStatementsEven() {
        List<Question> pool = new java.util.ArrayList<>();
        List<String> frame = List.of("同时发力", "精准发力", "全面发力", "持续发力");
        for (int i = 0; i < 12; i++) {
            // Twelve choices among one frame's four terms, each on a sentence of its own: one family.
            pool.add(new Question("f" + i, QuestionType.SINGLE_CHOICE, "要在领域" + i + "上（ ）。", frame,
                    List.of(i % 4), "原文：要在领域" + i + "上【" + frame.get(i % 4) + "】。",
                    new QuestionSource("d", 1, "要在领域" + i + "上" + frame.get(i % 4) + "。")));
        }
        for (int i = 0; i < 20; i++) {
            // Mostly true statements, each on a fact of its own.
            int verdict = i % 5 == 0 ? 1 : 0;
            pool.add(new Question("s" + i, QuestionType.TRUE_FALSE, "陈述" + i, List.of("正确", "错误"),
                    List.of(verdict), "原文：【事实" + i + "】", new QuestionSource("d", 2, "句" + i + "事实" + i)));
        }
        for (int i = 0; i < 12; i++) {
            pool.add(new Question("c" + i, QuestionType.SINGLE_CHOICE, "问题" + i + "（ ）", List.of("甲" + i, "乙" + i,
                    "丙" + i, "丁" + i), List.of(0), "原文：【甲" + i + "】", new QuestionSource("d", 3, "文" + i + "甲" + i)));
        }
        for (long seed = 0; seed < 20; seed++) {
            List<Question> drawn = QuestionBank.draw(pool, Set.of(), 10, new java.util.Random(seed)).questions();
            assertEquals(10, drawn.size());
            long onFrame = drawn.stream().filter(q -> q.id().startsWith("f")).count();
            long truths = drawn.stream().filter(q -> q.id().startsWith("s") && q.answers().get(0) == 0).count();
            long falsehoods = drawn.stream().filter(q -> q.id().startsWith("s") && q.answers().get(0) == 1).count();
            assertTrue(onFrame <= 2, "seed " + seed + ": " + onFrame + " on one family of siblings");
            assertTrue(Math.abs(truths - falsehoods) <= 2, "seed " + seed + ": " + truths + " true, " + falsehoods
                    + " false");
        }
    }

    @Test
    void aFailedPoolIsTriedAgainByTheNextCall() {
        when(generator.generate(any(), any(), anyLong())).thenThrow(new IllegalStateException("boom"))
                .thenReturn(questions);
        QuestionBank bank = new QuestionBank(library, generator);

        assertThrows(IllegalStateException.class, () -> bank.pool(Set.of()));
        assertSame(questions, bank.pool(Set.of()));
        assertSame(questions, bank.pool(Set.of()));
        verify(generator, times(2)).generate(any(), any(), anyLong());
    }
}
