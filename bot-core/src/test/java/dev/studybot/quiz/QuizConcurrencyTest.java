package dev.studybot.quiz;

import static dev.studybot.quiz.QuizHarness.GROUP;
import static dev.studybot.quiz.QuizHarness.ZH;
import static dev.studybot.quiz.QuizHarness.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.quiz.command.QuizAnswers;
import dev.studybot.store.AnswerRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hundreds of members pressing answer buttons at once: no answer lost, none counted twice. */
@Tag("slow") // hundreds of members on a real database
class QuizConcurrencyTest {

    static final int MEMBERS = 300;

    @TempDir
    Path folder;

    @Test
    void everyFirstAnswerCountsOnceUnderContention() throws Exception {
        QuizHarness h = new QuizHarness(folder);
        List<Reply> started = h.start(h.member(GROUP, "starter"), ChatSettings.defaults(GROUP, Language.ZH), 1,
                Duration.ofSeconds(60));
        QuizQuestionReply q = (QuizQuestionReply) started.get(1);
        QuizAnswers answers = new QuizAnswers(h.engine, h.reviews, QuizHarness.QUIZ, QuizHarness.REVIEW,
                new dev.studybot.chat.ActionHandler<>() {
                    @Override
                    public Class<dev.studybot.chat.Action.Answer> kind() {
                        return dev.studybot.chat.Action.Answer.class;
                    }

                    @Override
                    public List<Reply> handle(dev.studybot.chat.Action.Answer answer, dev.studybot.chat.Origin origin,
                                              ChatSettings settings, dev.studybot.chat.Messages messages) {
                        throw new AssertionError("no question of the day here");
                    }
                });
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16, r -> new Thread(r, "member"));
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String member = "m" + i;
            // Every member presses twice (a right and a wrong option, in either order): only the first counts.
            List<Integer> first = i % 2 == 0 ? q.correct() : List.of(wrongOption(q));
            List<Integer> second = i % 2 == 0 ? List.of(wrongOption(q)) : q.correct();
            futures.add(pool.submit(() -> {
                go.await();
                for (List<Integer> choice : List.of(first, second)) {
                    List<Reply> replies = answers.handle(q.answer(choice), h.member(GROUP, member),
                            ChatSettings.defaults(GROUP, Language.ZH), ZH);
                    AnswerNotice notice = (AnswerNotice) replies.get(0);
                    (notice.accepted() ? recorded : refused).incrementAndGet();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        assertEquals(MEMBERS, recorded.get());
        assertEquals(MEMBERS, refused.get());
        List<AnswerRecord> stored = h.store.answers(idOf(q));
        assertEquals(MEMBERS, stored.size());
        assertEquals(MEMBERS, stored.stream().map(AnswerRecord::memberId).collect(Collectors.toSet()).size());
        long right = stored.stream().filter(AnswerRecord::correct).count();
        assertEquals(MEMBERS / 2, right, "the even members answered right first");

        h.advance(Duration.ofSeconds(60));
        QuizRevealReply reveal = (QuizRevealReply) h.pushed.get(0).reply();
        assertTrue(reveal.text().plainText().contains("（" + MEMBERS / 2 + "/" + MEMBERS + " 人）"),
                reveal.text().plainText());
        String ranking = ((TextReply) h.pushed.get(1).reply()).text().plainText();
        assertEquals(MEMBERS, ranking.lines().filter(l -> l.matches("\\d+\\. name-m\\d+ — .*")).count());
        assertEquals(Set.of(), Set.copyOf(h.store.runningQuizzes()));
    }

    private static int wrongOption(QuizQuestionReply q) {
        for (int i = 0; i < q.options().size(); i++) {
            if (!q.correct().contains(i)) {
                return i;
            }
        }
        throw new AssertionError();
    }
}
