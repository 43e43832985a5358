package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Announcer;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.Origin;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.LibraryLoader;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Member;
import dev.studybot.quiz.AnswerRefusal;
import dev.studybot.store.DailyDelivery;
import dev.studybot.store.MemberTotals;
import dev.studybot.store.jdbc.JdbcDailyStore;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.JdbcQuizStore;
import dev.studybot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question of the day on the bundled report, over a real SQLite file and an injected clock: it comes with each
 * excerpt, members answer it until the next excerpt, which reveals it; answers count like quiz answers; a retry
 * sends only what did not go out; a restart loses nothing; the week's picture comes after seven deliveries.
 */
class QuestionOfTheDayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ChatId GROUP = new ChatId("test", "group");
    private static final ChatId ALONE = new ChatId("test", "alone");
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 2);

    private static DocumentLibrary library;
    private static ReadingPlan plan;

    @TempDir
    Path dir;

    private MutableClock clock;
    private Recorder messenger;

    @BeforeAll
    static void loadLibrary() {
        library = new LibraryLoader().load(List.of());
        plan = new ReadingPlan(library, new ExcerptPlanner());
    }

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-12-01T20:00:00Z"));
        messenger = new Recorder();
    }

    private DailyService process() {
        return DailyWiring.service(database(), library, plan, Announcer.through(DailyWiring.PRESENTER::present,
                messenger, Messages.all()), clock, DailyConfig.defaults());
    }

    private Database database() {
        return Database.sqlite(dir.resolve("studybot.db"));
    }

    private DayAnswers answers() {
        Database database = database();
        return new DayAnswers(new JdbcDailyStore(database), new JdbcQuizStore(database), clock, miss -> { });
    }

    /** Ticks every 10 minutes through the morning of a day (08:00 in Shanghai is 00:00 UTC). */
    private void morning(DailyService service, LocalDate day) {
        clock.set(day.atTime(7, 50).atZone(SHANGHAI).toInstant());
        for (int i = 0; i < 6; i++) {
            service.tick();
            clock.advance(Duration.ofMinutes(10));
        }
    }

    private static Origin member(ChatId chat, String id) {
        return new Origin(chat, chat == ALONE ? ChatType.PRIVATE : ChatType.GROUP, new Member(id, "成员" + id),
                Instant.EPOCH, null, () -> false);
    }

    @Test
    void eachExcerptComesWithAQuestionThatTheNextExcerptReveals() {
        DailyService service = process();
        service.subscribe(GROUP, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        morning(service, FIRST);
        List<Reply> first = messenger.to(GROUP);
        assertEquals(2, first.size(), "the excerpt, then its question: " + first);
        assertInstanceOf(Reply.TextReply.class, first.get(0));
        Reply.QuizQuestionReply question = assertInstanceOf(Reply.QuizQuestionReply.class, first.get(1));
        assertEquals(new QuestionRef.DailyQuestion(FIRST), question.question());
        assertEquals("今日一题", question.heading());
        assertTrue(question.openFor().compareTo(Duration.ofHours(23)) > 0, "open until the next excerpt");

        DayAnswers answers = answers();
        int right = question.correct().get(0);
        int wrong = right == 0 ? 1 : 0;
        assertInstanceOf(DailyOutcome.AnswerAccepted.class,
                answers.answer(member(GROUP, "1"), FIRST, List.of(right)).get(0));
        assertInstanceOf(DailyOutcome.AnswerAccepted.class,
                answers.answer(member(GROUP, "2"), FIRST, List.of(wrong)).get(0));
        DailyOutcome.AnswerRefused twice = assertInstanceOf(DailyOutcome.AnswerRefused.class,
                answers.answer(member(GROUP, "1"), FIRST, List.of(wrong)).get(0));
        assertEquals(AnswerRefusal.Reason.DUPLICATE, twice.refusal().reason());

        messenger.sent.clear();
        morning(service, FIRST.plusDays(1));
        List<Reply> second = messenger.to(GROUP);
        assertEquals(3, second.size(), "yesterday's reveal, the excerpt, its question: " + second);
        Reply.QuizRevealReply reveal = assertInstanceOf(Reply.QuizRevealReply.class, second.get(0));
        assertTrue(reveal.standalone());
        assertEquals(new QuestionRef.DailyQuestion(FIRST), reveal.question());
        String revealed = reveal.text().plainText();
        assertTrue(revealed.contains("2 人作答，1 人答对：成员1"), revealed);
        assertTrue(second.get(1) instanceof Reply.TextReply text && text.text().plainText().contains("第 2/"));
        Reply.QuizQuestionReply next = assertInstanceOf(Reply.QuizQuestionReply.class, second.get(2));
        assertEquals(new QuestionRef.DailyQuestion(FIRST.plusDays(1)), next.question());

        DailyOutcome.AnswerRefused late = assertInstanceOf(DailyOutcome.AnswerRefused.class,
                answers.answer(member(GROUP, "3"), FIRST, List.of(right)).get(0));
        assertEquals(AnswerRefusal.Reason.CLOSED, late.refusal().reason());

        // A right answer counts like a quiz answer: points on the leaderboard, a day for the streak.
        JdbcQuizStore quizzes = new JdbcQuizStore(database());
        MemberTotals one = quizzes.leaderboard(GROUP).stream().filter(t -> t.memberId().equals("1")).findFirst()
                .orElseThrow();
        assertEquals(1, one.correct());
        assertEquals(10, one.points());
        assertEquals(List.of(FIRST), quizzes.answerDays(GROUP, "1"), "the chat's local day of the answer");
    }

    @Test
    void aPrivateAnswerIsCheckedAtOnceAndNotRevealedAgain() {
        DailyService service = process();
        service.subscribe(ALONE, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        morning(service, FIRST);
        Reply.QuizQuestionReply question = (Reply.QuizQuestionReply) messenger.to(ALONE).get(1);
        DailyOutcome.AnswerChecked checked = assertInstanceOf(DailyOutcome.AnswerChecked.class,
                answers().answer(member(ALONE, "9"), FIRST, question.correct()).get(0));
        assertTrue(checked.right());
        messenger.sent.clear();
        morning(service, FIRST.plusDays(1));
        assertFalse(messenger.to(ALONE).stream().anyMatch(r -> r instanceof Reply.QuizRevealReply),
                "already revealed: " + messenger.to(ALONE));
    }

    @Test
    void aRetrySendsOnlyWhatDidNotGoOutAndARestartNeitherRepostsNorLosesAnswers() {
        DailyService service = process();
        service.subscribe(GROUP, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        messenger.failQuestions.add(Delivery.FAILED); // the excerpt goes out, its question does not
        morning(service, FIRST);
        clock.set(FIRST.atTime(8, 30).atZone(SHANGHAI).toInstant()); // past the 10-minute retry
        DailyService restarted = process();
        restarted.tick();
        List<Reply> sent = messenger.to(GROUP);
        assertEquals(2, sent.size(), "the excerpt once, then (after the retry) its question once: " + sent);
        assertInstanceOf(Reply.TextReply.class, sent.get(0));
        assertInstanceOf(Reply.QuizQuestionReply.class, sent.get(1));
        assertEquals(DailyDelivery.Status.SENT,
                new JdbcDailyStore(database()).delivery(GROUP, FIRST).orElseThrow().status());

        answers().answer(member(GROUP, "1"), FIRST, ((Reply.QuizQuestionReply) sent.get(1)).correct());
        process().tick();
        assertEquals(2, messenger.to(GROUP).size(), "a third process sends nothing more that day");
        messenger.sent.clear();
        morning(process(), FIRST.plusDays(1));
        Reply.QuizRevealReply reveal = (Reply.QuizRevealReply) messenger.to(GROUP).get(0);
        assertTrue(reveal.text().plainText().contains("1 人作答，1 人答对"), "the answer survived the restarts");
    }

    @Test
    void theSecondPassReviewsWithAnotherQuestionAndTheWeekComesAfterSevenDeliveries() {
        DailyService service = process();
        service.subscribe(GROUP, new DeliveryTime(LocalTime.of(8, 0), SHANGHAI));
        List<List<Reply>> days = new ArrayList<>();
        int parts = plan.excerpts(library.documents().get(0)).size();
        for (int day = 0; day < parts + 1; day++) {
            messenger.sent.clear();
            morning(service, FIRST.plusDays(day));
            days.add(List.copyOf(messenger.to(GROUP)));
        }
        List<Reply> eighth = days.get(7);
        Reply.ImageReply week = assertInstanceOf(Reply.ImageReply.class, eighth.get(1),
                "after the reveal of the seventh day's question: " + eighth);
        assertTrue(week.caption().plainText().contains("读了 7 篇原文"), week.caption().plainText());
        assertTrue(days.get(6).stream().noneMatch(r -> r instanceof Reply.ImageReply), "only once a week");

        String firstPass = ((Reply.TextReply) days.get(0).get(0)).text().plainText();
        Reply.TextReply review = (Reply.TextReply) days.get(parts).get(1);
        String secondPass = review.text().plainText();
        assertTrue(firstPass.contains("第 1/" + parts) && secondPass.contains("第 1/" + parts), secondPass);
        assertTrue(secondPass.contains("第 2 遍 · 默写复习") && secondPass.contains("（1）＿＿＿＿"), secondPass);
        assertTrue(review.text().hasSpoiler(), "the answers are hidden");
        assertNotEquals(firstPass, secondPass, "the second pass is no repeat");
        Reply.QuizQuestionReply firstQuestion = (Reply.QuizQuestionReply) days.get(0).get(1);
        Reply.QuizQuestionReply reviewQuestion = (Reply.QuizQuestionReply) days.get(parts).get(2);
        assertNotEquals(firstQuestion.prompt(), reviewQuestion.prompt(), "another question of the day");
    }

    /** A messenger that records what each chat got; a queued outcome answers the next question of the day. */
    static final class Recorder implements Messenger {
        final List<Object[]> sent = Collections.synchronizedList(new ArrayList<>());
        final Deque<Delivery> failQuestions = new ArrayDeque<>();

        @Override
        public Delivery send(ChatId chat, Reply reply) {
            if (reply instanceof Reply.QuizQuestionReply && !failQuestions.isEmpty()) {
                return failQuestions.poll();
            }
            sent.add(new Object[] {chat, reply});
            return Delivery.SENT;
        }

        List<Reply> to(ChatId chat) {
            synchronized (sent) {
                return sent.stream().filter(s -> s[0].equals(chat)).map(s -> (Reply) s[1]).toList();
            }
        }
    }
}
