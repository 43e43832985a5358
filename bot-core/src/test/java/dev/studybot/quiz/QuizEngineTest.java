package dev.studybot.quiz;

import static dev.studybot.quiz.QuizHarness.GROUP;
import static dev.studybot.quiz.QuizHarness.PRIVATE;
import static dev.studybot.quiz.QuizHarness.ZH;
import static dev.studybot.quiz.QuizHarness.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Action;
import dev.studybot.chat.Audience;
import dev.studybot.chat.Button;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.Arguments;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.quiz.command.MeCommand;
import dev.studybot.quiz.command.TypedAnswers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quiz sessions with a clock the test moves: time-outs, stop, one answer per member, ties, scope, hints, review. */
class QuizEngineTest {

    @TempDir
    Path folder;
    QuizHarness h;

    @BeforeEach
    void setUp() {
        h = new QuizHarness(folder);
    }

    private QuizQuestionReply start(ChatId chat, int count, Set<String> scope) {
        List<Reply> replies = h.start(h.member(chat, "starter"),
                new ChatSettings(chat, Language.ZH, scope), count, Duration.ofSeconds(30));
        assertEquals(2, replies.size(), replies.toString());
        return assertInstanceOf(QuizQuestionReply.class, replies.get(1));
    }

    private static String text(Reply reply) {
        return switch (reply) {
            case TextReply t -> t.text().plainText();
            case AnswerNotice n -> n.text().plainText();
            case QuizRevealReply r -> r.text().plainText();
            case QuizQuestionReply q -> q.prompt();
            case HintReply hint -> hint.text().plainText();
            case Reply.ImageReply i -> i.caption().plainText();
        };
    }

    private List<Integer> right(QuizQuestionReply q) {
        return q.correct();
    }

    private List<Integer> wrong(QuizQuestionReply q) {
        for (int i = 0; i < q.options().size(); i++) {
            if (!q.correct().contains(i)) {
                return List.of(i);
            }
        }
        throw new AssertionError("no wrong option");
    }

    @Test
    void aQuestionClosesWhenItsTimeIsUpRevealsAndPostsTheNextThenTheRanking() {
        QuizQuestionReply first = start(GROUP, 2, Set.of());
        assertEquals("1/2", first.heading());
        h.answer(h.member(GROUP, "a"), idOf(first), 1, right(first));

        h.advance(Duration.ofSeconds(29));
        assertTrue(h.pushed.isEmpty(), "nothing before the time is up");
        h.advance(Duration.ofSeconds(1));
        assertEquals(2, h.pushed.size());
        QuizRevealReply reveal = assertInstanceOf(QuizRevealReply.class, h.pushed.get(0).reply());
        assertTrue(reveal.text().plainText().contains("name-a"), reveal.text().plainText());
        QuizQuestionReply second = assertInstanceOf(QuizQuestionReply.class, h.pushed.get(1).reply());
        assertEquals("2/2", second.heading());

        h.advance(Duration.ofSeconds(30));
        assertEquals(4, h.pushed.size());
        String ranking = text(h.pushed.get(3).reply());
        assertTrue(ranking.contains("测验结束") && ranking.contains("1. name-a"), ranking);
        assertFalse(h.engine.running(GROUP));
        assertTrue(h.store.runningQuizzes().isEmpty());
    }

    @Test
    void oneQuizPerChatAtATime() {
        start(GROUP, 3, Set.of());
        List<Reply> again = h.start(h.member(GROUP, "b"), ChatSettings.defaults(GROUP, Language.ZH), 3,
                Duration.ofSeconds(30));
        assertEquals(ZH.get("quiz.alreadyRunning"), text(again.get(0)));
    }

    @Test
    void theFirstAnswerCountsAndAChangeIsRefused() {
        QuizQuestionReply q = start(GROUP, 1, Set.of());
        assertEquals(ZH.get("quiz.recorded"), text(h.answer(h.member(GROUP, "a"), idOf(q), 1, wrong(q)).get(0)));
        assertEquals(ZH.get("quiz.alreadyAnswered"), text(h.answer(h.member(GROUP, "a"), idOf(q), 1,
                right(q)).get(0)));
        assertEquals(1, h.store.answers(idOf(q)).size());
        assertFalse(h.store.answers(idOf(q)).get(0).correct());
    }

    @Test
    void onlyTheStarterOrAnAdminMayStop() {
        QuizQuestionReply q = start(GROUP, 3, Set.of());
        List<Reply> refused = h.stop(h.member(GROUP, "other"));
        assertEquals(ZH.get("quiz.stopRefused"), text(refused.get(0)));
        assertTrue(h.engine.running(GROUP));

        List<Reply> byAdmin = h.stop(QuizHarness.member(GROUP, "boss", true, h.clock.instant()));
        assertInstanceOf(QuizRevealReply.class, byAdmin.get(0));
        assertTrue(text(byAdmin.get(1)).contains("name-boss"), text(byAdmin.get(1)));
        assertFalse(h.engine.running(GROUP));
        assertEquals(ZH.get("quiz.stale"), text(h.answer(h.member(GROUP, "a"), idOf(q), 1, right(q)).get(0)));

        start(GROUP, 3, Set.of());
        h.stop(h.member(GROUP, "starter"));
        assertFalse(h.engine.running(GROUP));
        assertEquals(ZH.get("quiz.noneRunning"), text(h.stop(h.member(GROUP, "starter")).get(0)));
    }

    @Test
    void answersGivenBeforeAStopStand() {
        QuizQuestionReply q = start(GROUP, 3, Set.of());
        h.answer(h.member(GROUP, "a"), idOf(q), 1, right(q));
        String ranking = text(h.stop(h.member(GROUP, "starter")).get(1));
        assertTrue(ranking.contains("1. name-a"), ranking);
    }

    @Test
    void equalPointsShareAPlaceAndFasterAnswersEarnMore() {
        QuizQuestionReply q = start(GROUP, 1, Set.of());
        h.answer(h.member(GROUP, "a"), idOf(q), 1, right(q));
        h.answer(h.member(GROUP, "b"), idOf(q), 1, right(q));
        h.clock.set(h.clock.instant().plusSeconds(20));
        h.answer(h.member(GROUP, "c"), idOf(q), 1, right(q));
        h.answer(h.member(GROUP, "d"), idOf(q), 1, wrong(q));
        h.advance(Duration.ofSeconds(10));
        String ranking = text(h.pushed.get(h.pushed.size() - 1).reply());
        assertTrue(ranking.contains("1. name-a — 15 分"), ranking);
        assertTrue(ranking.contains("1. name-b — 15 分"), ranking);
        assertTrue(ranking.contains("3. name-c — 12 分"), ranking);
        assertTrue(ranking.contains("4. name-d — 0 分"), ranking);
    }

    @Test
    void aPrivateQuizRevealsAsSoonAsThePlayerAnswered() {
        QuizQuestionReply q = start(PRIVATE, 2, Set.of());
        List<Reply> replies = h.answer(h.member(PRIVATE, "alice"), idOf(q), 1, right(q));
        assertEquals(3, replies.size(), replies.toString());
        assertEquals(List.of(Audience.MEMBER, Audience.CHAT, Audience.CHAT),
                replies.stream().map(Reply::audience).toList(), "the acknowledgement is for the player alone");
        assertInstanceOf(QuizRevealReply.class, replies.get(1));
        QuizQuestionReply next = assertInstanceOf(QuizQuestionReply.class, replies.get(2));
        List<Reply> last = h.answer(h.member(PRIVATE, "alice"), idOf(next), 2, wrong(next));
        assertTrue(text(last.get(2)).contains("测验结束"), text(last.get(2)));
        assertTrue(h.pushed.isEmpty());
    }

    @Test
    void lateAndMalformedAnswersChangeNothing() {
        QuizQuestionReply q = start(GROUP, 2, Set.of());
        assertEquals(ZH.get("quiz.invalidChoice", (char) ('A' + q.options().size() - 1)),
                text(h.answer(h.member(GROUP, "a"), idOf(q), 1, List.of(9)).get(0)));
        assertEquals(ZH.get("quiz.closed"), text(h.answer(h.member(GROUP, "a"), idOf(q), 2, right(q)).get(0)));
        assertEquals(ZH.get("quiz.stale"), text(h.answer(h.member(GROUP, "a"), "qnope", 1, right(q)).get(0)));
        assertTrue(h.store.answers(idOf(q)).isEmpty());
    }

    @Test
    void aQuizDrawsOnlyFromTheChatsScope() {
        QuizQuestionReply q = start(GROUP, 3, Set.of(QuizHarness.SMALL_DOC.id()));
        List<Question> smallPool = QuizHarness.bank().pool(Set.of(QuizHarness.SMALL_DOC.id()));
        assertFalse(smallPool.isEmpty());
        assertTrue(smallPool.stream().allMatch(x -> x.source().doc().equals(QuizHarness.SMALL_DOC.id())));
        Set<String> smallPrompts = new HashSet<>(smallPool.stream().map(Question::prompt).toList());
        assertTrue(smallPrompts.contains(q.prompt()), q.prompt());
    }

    @Test
    void typedLettersAnswerTheOpenQuestionAndOtherTextPasses() {
        TypedAnswers typed = new TypedAnswers(h.engine, h.reviews, QuizHarness.QUIZ, QuizHarness.REVIEW);
        ChatSettings settings = ChatSettings.defaults(GROUP, Language.ZH);
        assertTrue(typed.intercept(new IncomingMessage(h.member(GROUP, "a"), "A"), settings, ZH).isEmpty(),
                "no quiz: a letter is just a message");
        QuizQuestionReply q = start(GROUP, 1, Set.of());
        assertTrue(typed.intercept(new IncomingMessage(h.member(GROUP, "a"), "什么是新发展理念"), settings, ZH)
                .isEmpty());
        String letter = String.valueOf((char) ('A' + q.correct().get(0)));
        List<Reply> replies = typed.intercept(new IncomingMessage(h.member(GROUP, "a"), letter.toLowerCase()),
                settings, ZH).orElseThrow();
        assertEquals(ZH.get("quiz.recorded"), text(replies.get(0)));
        assertEquals(q.multipleAnswers() ? List.of(q.correct().get(0)) : q.correct(),
                h.store.answers(idOf(q)).get(0).choices());
    }

    @Test
    void missedQuestionsComeBackUntilRightTwiceInARow() {
        QuizQuestionReply q = start(PRIVATE, 1, Set.of());
        h.answer(h.member(PRIVATE, "alice"), idOf(q), 1, wrong(q));

        QuizQuestionReply review = assertInstanceOf(QuizQuestionReply.class,
                h.reviewNext(h.member(PRIVATE, "alice")).get(0));
        assertEquals(q.prompt(), review.prompt());
        assertTrue(text(h.reviewAnswer(h.member(PRIVATE, "alice"), idOf(review), right(review)).get(0))
                .startsWith(ZH.get("review.right")));
        assertEquals(ZH.get("review.notDue", 1), text(h.reviewNext(h.member(PRIVATE, "alice")).get(0)));

        h.clock.set(h.clock.instant().plus(Duration.ofDays(1)));
        QuizQuestionReply again = assertInstanceOf(QuizQuestionReply.class,
                h.reviewNext(h.member(PRIVATE, "alice")).get(0));
        assertTrue(text(h.reviewAnswer(h.member(PRIVATE, "alice"), idOf(again), right(again)).get(0))
                .startsWith(ZH.get("review.learned")));
        assertEquals(ZH.get("review.none"), text(h.reviewNext(h.member(PRIVATE, "alice")).get(0)));
    }

    @Test
    void aMissDuringReviewSendsTheQuestionBackToTheFirstBox() {
        QuizQuestionReply q = start(PRIVATE, 1, Set.of());
        h.answer(h.member(PRIVATE, "alice"), idOf(q), 1, wrong(q));
        QuizQuestionReply r1 = (QuizQuestionReply) h.reviewNext(h.member(PRIVATE, "alice")).get(0);
        h.reviewAnswer(h.member(PRIVATE, "alice"), idOf(r1), right(r1));
        h.clock.set(h.clock.instant().plus(Duration.ofDays(1)));
        QuizQuestionReply r2 = (QuizQuestionReply) h.reviewNext(h.member(PRIVATE, "alice")).get(0);
        assertTrue(text(h.reviewAnswer(h.member(PRIVATE, "alice"), idOf(r2), wrong(r2)).get(0))
                .startsWith(ZH.get("review.wrong", "").strip()));
        QuizQuestionReply r3 = (QuizQuestionReply) h.reviewNext(h.member(PRIVATE, "alice")).get(0);
        h.reviewAnswer(h.member(PRIVATE, "alice"), idOf(r3), right(r3));
        assertEquals(1, h.store.reviewCount("test", "alice"), "one right after a miss is not enough");
    }

    @Test
    void aQuizDrawsNoQuestionTwiceUntilThePoolIsUsedUp() {
        List<Question> pool = QuizHarness.bank().pool(Set.of(QuizHarness.SMALL_DOC.id()));
        Set<String> asked = new HashSet<>();
        java.util.Random random = new java.util.Random(5);
        int n = pool.size();
        QuestionBank.Draw first = QuestionBank.draw(pool, asked, n - 1, random);
        first.questions().forEach(q -> asked.add(q.id()));
        assertEquals(n - 1, asked.size());
        assertFalse(first.usedUp());
        QuestionBank.Draw second = QuestionBank.draw(pool, asked, 2, random);
        assertFalse(asked.contains(second.questions().get(0).id()), "the one fresh question comes first");
        assertTrue(second.usedUp());
        assertEquals(2, second.questions().stream().map(Question::id).distinct().count());
    }

    @Test
    void aQuestionComesWithAHintButtonThatGivesTheMemberAloneTheBlankedSourceOnce() {
        QuizQuestionReply q = start(GROUP, 2, Set.of());
        assertEquals(List.of(new Button(ZH.get("quiz.hint.button"), new Action.Hint((QuestionRef.QuizQuestion)
                q.question()))), q.buttons());
        Question asked = questionOf(q);

        List<Reply> replies = h.hint(h.member(GROUP, "a"), idOf(q), 1);
        HintReply hint = assertInstanceOf(HintReply.class, replies.getFirst());
        assertEquals(1, replies.size());
        assertEquals(Audience.MEMBER, hint.audience());
        String shown = hint.text().plainText();
        assertTrue(shown.startsWith(ZH.get("quiz.hint.title", 1, 2)), shown);
        assertEquals(new HintWriter(new TermExtractor()).hint(asked, QuizHarness.bank().pool(Set.of())).orElseThrow(),
                shown.substring(shown.indexOf('\n') + 1), "the question's source with the answer blanked");
        assertTrue(hint.fallback().plainText().startsWith("name-a"), "names the member, not the hint");
        assertFalse(hint.fallback().plainText().contains(HintWriter.BLANK));

        assertInstanceOf(HintReply.class, h.hint(h.member(GROUP, "a")).getFirst(), "/hint: the same hint again");
        assertEquals(1, h.store.hintsUsed(GROUP, "a"), "counted once per member and question");
        assertTrue(h.pushed.isEmpty(), "nothing is said to the chat");
    }

    @Test
    void aRightAnswerAfterAHintEarnsHalfThePoints() {
        QuizQuestionReply q = start(GROUP, 1, Set.of());
        h.hint(h.member(GROUP, "hinted"), idOf(q), 1);
        h.answer(h.member(GROUP, "hinted"), idOf(q), 1, right(q));
        h.answer(h.member(GROUP, "plain"), idOf(q), 1, right(q));
        h.hint(h.member(GROUP, "wrong"), idOf(q), 1);
        h.answer(h.member(GROUP, "wrong"), idOf(q), 1, wrong(q));

        java.util.Map<String, Integer> points = new java.util.HashMap<>();
        h.store.answers(idOf(q)).forEach(a -> points.put(a.memberId(), a.points()));
        assertEquals(java.util.Map.of("hinted", 8, "plain", 15, "wrong", 0), points);
        h.advance(Duration.ofSeconds(30));
        String ranking = text(h.pushed.getLast().reply());
        assertTrue(ranking.contains("1. name-plain — 15 分") && ranking.contains("2. name-hinted — 8 分"), ranking);
    }

    @Test
    void noHintWithoutAnOpenQuestionOrAfterAnsweringAndARefusalCountsNothing() {
        assertEquals(ZH.get("quiz.hint.noQuiz"), text(h.hint(h.member(GROUP, "a")).getFirst()));
        QuizQuestionReply q = start(GROUP, 2, Set.of());
        h.answer(h.member(GROUP, "a"), idOf(q), 1, wrong(q));
        AnswerNotice answered = assertInstanceOf(AnswerNotice.class, h.hint(h.member(GROUP, "a"), idOf(q), 1)
                .getFirst());
        assertFalse(answered.accepted());
        assertEquals(ZH.get("quiz.hint.answered"), answered.text().plainText());
        assertEquals(ZH.get("quiz.closed"), text(h.hint(h.member(GROUP, "b"), idOf(q), 2).getFirst()),
                "a question not open yet");
        assertEquals(ZH.get("quiz.closed"), text(h.hint(h.member(GROUP, "b"), "qgone", 1).getFirst()),
                "a button of another quiz");
        h.clock.set(h.clock.instant().plusSeconds(30));
        assertEquals(ZH.get("quiz.closed"), text(h.hint(h.member(GROUP, "b"), idOf(q), 1).getFirst()),
                "time is up though the clock has not closed it yet");
        h.engine.tick(h.clock.instant());
        assertEquals(ZH.get("quiz.closed"), text(h.hint(h.member(GROUP, "b"), idOf(q), 1).getFirst()),
                "the quiz has moved on");
        assertEquals(0, h.store.hintsUsed(GROUP, "a") + h.store.hintsUsed(GROUP, "b"));
    }

    @Test
    void meCountsTheHintsAMemberUsed() {
        QuizQuestionReply q = start(GROUP, 1, Set.of());
        h.hint(h.member(GROUP, "a"), idOf(q), 1);
        MeCommand me = new MeCommand(h.store, h.clock);
        CommandRequest request = new CommandRequest(h.member(GROUP, "a"), java.util.Optional.empty(),
                Arguments.none(), ChatSettings.defaults(GROUP, Language.ZH), ZH);
        assertEquals(ZH.get("me.stats", "name-a", 0, 0, 0, 0, 1), text(me.run(request).getFirst()),
                "a hint before any answer");
        h.answer(h.member(GROUP, "a"), idOf(q), 1, right(q));
        assertEquals(ZH.get("me.stats", "name-a", 1, 100, 8, 1, 1), text(me.run(request).getFirst()));
    }

    /** The question of the pool a posted question asks. */
    private static Question questionOf(QuizQuestionReply posted) {
        return QuizHarness.bank().pool(Set.of()).stream().filter(x -> x.prompt().equals(posted.prompt())).findFirst()
                .orElseThrow();
    }

    @Test
    void aBlockedChatEndsItsQuiz() {
        start(GROUP, 3, Set.of());
        h.deliveries.put(GROUP, dev.studybot.chat.Messenger.Delivery.BLOCKED);
        h.advance(Duration.ofSeconds(30));
        assertFalse(h.engine.running(GROUP));
    }
}
