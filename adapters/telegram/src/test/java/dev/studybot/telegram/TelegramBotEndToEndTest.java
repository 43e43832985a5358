package dev.studybot.telegram;

import dev.studybot.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.MessengerRouter;
import dev.studybot.model.ChatId;
import dev.studybot.quiz.QuestionJson;
import dev.studybot.store.InMemoryPostedPolls;
import dev.studybot.store.ReviewItem;
import dev.studybot.store.jdbc.JdbcQuizStore;
import dev.studybot.store.jdbc.JdbcPostedPolls;
import dev.studybot.model.Language;
import dev.studybot.quiz.Question;
import dev.studybot.store.DailySubscription;
import dev.studybot.telegram.FakeBotApi.Call;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * The real long-polling bot (telegrambots' application and OkHttp client) against a fake Bot API on 127.0.0.1,
 * wired to a real core dispatcher. One bot serves every test; each test uses its own chats.
 */
@Tag("slow") // end to end: the real client against a fake Bot API
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramBotEndToEndTest {

    private static final String TOKEN = "4242:test-token-never-logged-anywhere";
    private static final Instant START = Instant.parse("2026-05-01T08:00:00Z");

    private FakeBotApi api;
    private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
    private Path data;
    private TestCore core;
    private TelegramBot bot;
    private MessengerRouter router;
    private final List<ChatId[]> moves = new CopyOnWriteArrayList<>();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeAll
    void start() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        api = new FakeBotApi();
        data = Files.createTempDirectory("telegram-e2e");
        core = new TestCore(clock, data);
        router = core.core.messenger();
        TelegramSettings settings = new TelegramSettings(TOKEN, api.url(), waits::add, Duration.ofSeconds(1));
        bot = TelegramBot.start(settings, core.dispatcher, router, (from, to) -> moves.add(new ChatId[] {from, to}),
                new JdbcPostedPolls(core.core.database()), clock);
    }

    @AfterAll
    void stop() throws Exception {
        bot.close();
        api.close();
        core.close();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        assertNoTokenInLogs(); // every line of every test, shutdown included
    }

    @Test
    void onStartItLearnsItsNameAndSetsTheCommandMenuInBothLanguages() throws Exception {
        assertEquals(FakeBotApi.BOT_USERNAME, bot.username());
        assertFalse(api.calls("getMe").isEmpty());
        assertFalse(api.calls("deleteWebhook").isEmpty());
        List<Call> menus = api.await("setMyCommands", c -> true, 2);
        Call chinese = menus.stream().filter(c -> !c.body().has("language_code")).findFirst().orElseThrow();
        Call english = menus.stream().filter(c -> c.body().path("language_code").asText().equals("en"))
                .findFirst().orElseThrow();
        assertTrue(chinese.body().toString().contains("{\"command\":\"ask\",\"description\":\""
                + core.dispatcher.messages(Language.ZH).get("command.ask.description") + "\"}"), chinese.toString());
        assertTrue(english.body().toString().contains("{\"command\":\"ask\",\"description\":\""
                + core.dispatcher.messages(Language.EN).get("command.ask.description") + "\"}"), english.toString());
        assertFalse(chinese.body().toString().contains("\"long\""), "unlisted commands stay out of the menu");
        assertTrue(chinese.body().toString().contains("{\"command\":\"hint\",\"description\":\""
                + core.dispatcher.messages(Language.ZH).get("command.hint.description") + "\"}"), chinese.toString());
    }

    @Test
    void aPrivateQuestionIsAnsweredInHtmlWithAMoreButtonThatWorks() throws Exception {
        api.push(FakeBotApi.message(1001, FakeBotApi.user(1001, "Li", "zh-hans"), "/ask 什么是中国式现代化"));
        Call answer = api.await("sendMessage", c -> c.chatId() == 1001, 1).getFirst();
        assertTrue("HTML".equalsIgnoreCase(answer.body().path("parse_mode").asText()));
        assertTrue(answer.text().contains("<b>"), answer.text());
        assertTrue(answer.text().contains("<i>——"), "the source, in italics: " + answer.text());
        assertEquals("more", answer.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText());

        api.push(FakeBotApi.callback("cb-1", 1001, FakeBotApi.user(1001, "Li", "zh-hans"), "more"));
        api.await("answerCallbackQuery", c -> c.body().path("callback_query_id").asText().equals("cb-1"), 1);
        List<Call> both = api.await("sendMessage", c -> c.chatId() == 1001, 2);
        assertTrue(both.get(1).text().contains("<b>"), "the next passages: " + both.get(1).text());
    }

    @Test
    void anyPlainTextInAPrivateChatIsAQuestion() throws Exception {
        api.push(FakeBotApi.message(1002, FakeBotApi.user(1002, "Wang", null), "中国式现代化的本质要求是什么"));
        Call answer = api.await("sendMessage", c -> c.chatId() == 1002, 1).getFirst();
        assertTrue(answer.text().contains("<b>"), answer.text());
    }

    @Test
    void inGroupsOnlyCommandsForThisBotMentionsAndRepliesAreRead() throws Exception {
        long group = -2001;
        var member = FakeBotApi.user(21, "Zhao", null);
        api.push(FakeBotApi.message(group, member, "大家好，今天学习什么？"));           // not for the bot
        api.push(FakeBotApi.message(group, member, "/docs@some_other_bot"));       // another bot's command
        api.push(FakeBotApi.message(group, member, "/docs@" + FakeBotApi.BOT_USERNAME));
        api.push(FakeBotApi.message(group, member, "@" + FakeBotApi.BOT_USERNAME + " 中国式现代化"));
        var reply = FakeBotApi.message(group, member, "那么高质量发展呢");
        ((com.fasterxml.jackson.databind.node.ObjectNode) reply.get("message")).set("reply_to_message",
                FakeBotApi.message(group, FakeBotApi.user(FakeBotApi.BOT_ID, "StudyBot", null), "…")
                        .get("message"));
        api.push(reply);

        List<Call> sent = api.await("sendMessage", c -> c.chatId() == group, 3);
        assertTrue(sent.get(0).text().contains("<b>"), "the document list: " + sent.get(0).text());
        assertTrue(sent.get(1).text().contains("<b>"), "the mention was a question: " + sent.get(1).text());
        assertTrue(sent.get(2).text().contains("<b>"), "the reply was a question: " + sent.get(2).text());
        Thread.sleep(300); // nothing else may follow (the chat's updates are handled in order)
        assertEquals(3, api.calls("sendMessage").stream().filter(c -> c.chatId() == group).count());
        assertTrue(api.calls("getChatMember").stream().noneMatch(c -> c.chatId() == group),
                "admin status is asked only when a command needs it");
    }

    @Test
    void anAdminCommandAsksTelegramWhetherTheMemberIsAnAdmin() throws Exception {
        long group = -2002;
        api.memberStatus("member");
        api.push(FakeBotApi.message(group, FakeBotApi.user(22, "Qian", null), "/use all"));
        Call check = api.await("getChatMember", c -> c.chatId() == group, 1).getFirst();
        assertEquals(22, check.body().path("user_id").asLong());
        Call refused = api.await("sendMessage", c -> c.chatId() == group, 1).getFirst();
        assertEquals(core.dispatcher.messages(Language.ZH).get("use.adminOnly"), refused.text());
    }

    @Test
    void aGroupQuizIsPostedAsQuizPollsScoredFromTheVotesAndRevealedWhenItsClockRunsOut() throws Exception {
        long group = -2003;
        Messages zh = core.dispatcher.messages(Language.ZH);
        api.push(FakeBotApi.message(group, FakeBotApi.user(23, "Li", null), "/quiz@" + FakeBotApi.BOT_USERNAME
                + " 2 10"));
        Call started = api.await("sendMessage", c -> c.chatId() == group, 1).getFirst();
        assertEquals(zh.get("quiz.started", 2, 10L), started.text(), "the mention was dropped, the quiz started");
        Call poll = api.await("sendPoll", c -> c.chatId() == group, 1).getFirst();
        assertFalse(poll.body().path("is_anonymous").asBoolean(true));
        assertEquals(10, poll.body().path("open_period").asInt());
        assertTrue(poll.body().path("question").asText().startsWith("(1/2) "), poll.toString());
        // Which question comes first depends on the draw: a single choice is a quiz poll that Telegram scores too,
        // a multiple choice a regular poll the bot alone scores.
        Question asked = questionAsked(poll);
        if (asked.multipleAnswers()) {
            assertEquals("regular", poll.body().path("type").asText(), poll.toString());
            assertFalse(poll.body().has("correct_option_ids"));
        } else {
            assertEquals("quiz", poll.body().path("type").asText(), poll.toString());
            assertEquals(asked.answers(), List.of(poll.body().path("correct_option_ids").get(0).asInt()));
            assertFalse(poll.body().path("explanation").asText().isBlank());
        }
        int[] right = asked.answers().stream().mapToInt(Integer::intValue).toArray();
        int wrong = java.util.stream.IntStream.range(0, asked.options().size())
                .filter(i -> !asked.answers().contains(i)).findFirst().orElseThrow();

        String pollId = api.pollIdOf(poll);
        api.push(FakeBotApi.pollAnswer(pollId, FakeBotApi.user(31, "Sun", "en"), right));
        api.push(FakeBotApi.pollAnswer(pollId, FakeBotApi.user(32, "Zhou", null), wrong));
        api.push(FakeBotApi.pollAnswer(pollId, FakeBotApi.user(33, "Wu", null)));  // a vote taken back
        api.push(FakeBotApi.pollAnswer("unknown-poll", FakeBotApi.user(34, "Zheng", null), 1));
        // The chat's updates are handled in order: /top answers after the votes were counted.
        api.push(FakeBotApi.message(group, FakeBotApi.user(23, "Li", null), "/top@" + FakeBotApi.BOT_USERNAME));
        Call top = api.await("sendMessage", c -> c.chatId() == group, 2).get(1);
        assertTrue(top.text().contains("1. Sun") && top.text().contains("2. Zhou"), top.text());
        assertFalse(top.text().contains("Wu") || top.text().contains("Zheng"), top.text());
        assertEquals(2, api.calls("sendMessage").stream().filter(c -> c.chatId() == group).count(),
                "accepted votes are not acknowledged in the group");

        clock.advance(Duration.ofSeconds(10));
        // Time is up but the clock has not ticked yet: this vote does not count, and the voter is told privately.
        api.push(FakeBotApi.pollAnswer(pollId, FakeBotApi.user(35, "Qin", null), right));
        Call refused = api.await("sendMessage", c -> c.chatId() == 35, 1).getFirst();
        assertEquals(zh.get("quiz.closed"), refused.text());

        core.tickQuiz();
        Call reveal = api.await("sendMessage", c -> c.chatId() == group, 3).get(2);
        assertTrue(reveal.text().contains(zh.get("quiz.reveal.right", "Sun", 1, 2)), reveal.text());
        Call second = api.await("sendPoll", c -> c.chatId() == group, 2).get(1);
        assertTrue(second.body().path("question").asText().startsWith("(2/2) "), second.toString());
        if (second.body().path("type").asText().equals("quiz")) {
            int secondRight = second.body().path("correct_option_ids").get(0).asInt();
            api.push(FakeBotApi.pollAnswer(api.pollIdOf(second), FakeBotApi.user(32, "Zhou", null), secondRight));
        }
        api.push(FakeBotApi.message(group, FakeBotApi.user(23, "Li", null), "/me@" + FakeBotApi.BOT_USERNAME));
        api.await("sendMessage", c -> c.chatId() == group, 4);

        clock.advance(Duration.ofSeconds(10));
        core.tickQuiz();
        List<Call> end = api.await("sendMessage", c -> c.chatId() == group, 6);
        Call ranking = end.get(5);
        assertTrue(ranking.text().startsWith("<b>" + zh.get("quiz.ranking.title") + "</b>"), ranking.text());
        assertTrue(ranking.text().contains("Sun") && ranking.text().contains("Zhou"), ranking.text());
        assertTrue(api.calls("sendMessage").stream().noneMatch(c -> c.chatId() == 31 || c.chatId() == 32),
                "accepted votes are not acknowledged privately either");
    }

    @Test
    void aHintIsForTheMemberAloneAndARightAnswerAfterItEarnsHalfThePoints() throws Exception {
        long group = -2006;
        Messages zh = core.dispatcher.messages(Language.ZH);
        var xu = FakeBotApi.user(61, "Xu", null);
        var zhu = FakeBotApi.user(62, "Zhu", null);
        api.push(FakeBotApi.message(group, xu, "/quiz 1 30"));
        Call poll = api.await("sendPoll", c -> c.chatId() == group, 1).getFirst();
        String hintData = poll.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText();
        assertTrue(hintData.matches("hint:q\\w+:1"), "the hint button under the poll: " + poll);
        assertEquals(zh.get("quiz.hint.button"), poll.body().at("/reply_markup/inline_keyboard/0/0/text").asText());
        Question asked = questionAsked(poll);

        // Xu presses the hint button: an alert only Xu sees, nothing in the group.
        api.push(FakeBotApi.callback("cb-hint", group, xu, hintData));
        Call alert = api.await("answerCallbackQuery",
                c -> c.body().path("callback_query_id").asText().equals("cb-hint"), 1).getFirst();
        assertTrue(alert.body().path("show_alert").asBoolean(), alert.toString());
        String hint = alert.body().path("text").asText();
        assertTrue(hint.startsWith(zh.get("quiz.hint.title", 1, 1)) && hint.contains("____"), hint);
        assertTrue(hint.length() <= 200, "an alert holds 200 characters: " + hint.length());
        for (int right : asked.answers()) {
            assertFalse(hint.contains(asked.options().get(right)), "the answer shows: " + hint);
        }

        // /hint typed in the group: privately to a member who started the bot...
        api.push(FakeBotApi.message(group, FakeBotApi.user(63, "Qi", null), "/hint"));
        Call privately = api.await("sendMessage", c -> c.chatId() == 63, 1).getFirst();
        assertTrue(privately.text().contains("____") && privately.text().contains(
                zh.get("quiz.hint.title", 1, 1)), privately.text());
        // ...and to one who never did, Telegram refuses: the group is told where to find it, not the hint.
        api.failNext("sendMessage", 403, "Forbidden: bot can't initiate conversation with a user", null, null);
        api.push(FakeBotApi.message(group, FakeBotApi.user(64, "Ye", null), "/hint"));
        Call fallback = api.await("sendMessage", c -> c.chatId() == group, 2).get(1);
        assertEquals(zh.get("quiz.hint.notPrivate", "Ye"), fallback.text());

        int[] right = asked.answers().stream().mapToInt(Integer::intValue).toArray();
        api.push(FakeBotApi.pollAnswer(api.pollIdOf(poll), xu, right));
        api.push(FakeBotApi.pollAnswer(api.pollIdOf(poll), zhu, right));
        api.push(FakeBotApi.message(group, xu, "/me"));
        Call me = api.await("sendMessage", c -> c.chatId() == group, 3).get(2);
        assertEquals(zh.get("me.stats", "Xu", 1, 100, 8, 1, 1), me.text(), "half of 15 points, one hint");

        clock.advance(Duration.ofSeconds(30));
        core.tickQuiz();
        Call ranking = api.await("sendMessage", c -> c.chatId() == group
                && c.text().contains(zh.get("quiz.ranking.title")), 1).getFirst();
        assertTrue(ranking.text().contains(zh.get("quiz.ranking.line", 1, "Zhu", 15, 1))
                && ranking.text().contains(zh.get("quiz.ranking.line", 2, "Xu", 8, 1)), ranking.text());
        assertTrue(api.calls("sendMessage").stream().filter(c -> c.chatId() == group)
                .noneMatch(c -> c.text().contains("____")), "the group never sees a hint");
    }

    @Test
    void multipleAnswerQuestionsAreRegularPollsScoredByTheBot() throws Exception {
        long chat = 3002;
        Messages zh = core.dispatcher.messages(Language.ZH);
        var feng = FakeBotApi.user(chat, "Feng", null);
        api.push(FakeBotApi.message(chat, feng, "/quiz " + QuizEngineLimits.MAX + " 10"));
        // In a private chat each vote closes the question at once: vote until a multiple-answer question comes.
        Call poll = null;
        for (int n = 1; n <= QuizEngineLimits.MAX; n++) {
            Call next = api.await("sendPoll", c -> c.chatId() == chat, n).get(n - 1);
            if (next.body().path("type").asText().equals("regular")) {
                poll = next;
                break;
            }
            api.push(FakeBotApi.pollAnswer(api.pollIdOf(next), feng, 0));
        }
        assertTrue(poll != null, "no multiple-answer question in a quiz of " + QuizEngineLimits.MAX);
        assertTrue(poll.body().path("allows_multiple_answers").asBoolean());
        assertFalse(poll.body().has("correct_option_ids"), "the bot scores it: Telegram is not told the answer");
        Question question = questionAsked(poll);
        assertTrue(question.multipleAnswers());
        int before = api.calls("sendMessage").stream().filter(c -> c.chatId() == chat).toList().size();

        api.push(FakeBotApi.pollAnswer(api.pollIdOf(poll), feng,
                question.answers().stream().mapToInt(Integer::intValue).toArray()));
        List<Call> after = api.await("sendMessage", c -> c.chatId() == chat, before + 2);
        assertEquals(zh.get("quiz.recorded"), after.get(before).text(), "in a private chat the vote is acknowledged");
        assertTrue(after.get(before + 1).text().contains(zh.get("quiz.reveal.right", "Feng", 1, 1)),
                "the whole set of right options counts as right: " + after.get(before + 1).text());

        api.push(FakeBotApi.message(chat, feng, "/quiz stop"));
        api.await("sendMessage", c -> c.chatId() == chat
                && c.text().contains(zh.get("quiz.stopped", "Feng").substring(0, 6)), 1);
    }

    @Test
    void onlyTheStarterOrAGroupAdminStopsAQuizAndTelegramIsAskedWhoIsAnAdmin() throws Exception {
        long group = -2004;
        Messages zh = core.dispatcher.messages(Language.ZH);
        api.push(FakeBotApi.message(group, FakeBotApi.user(41, "Shen", null), "/quiz 1 10"));
        api.await("sendPoll", c -> c.chatId() == group, 1);
        try {
            api.memberStatus("member");
            api.push(FakeBotApi.message(group, FakeBotApi.user(42, "Han", null), "/quiz stop"));
            Call refused = api.await("sendMessage", c -> c.chatId() == group, 2).get(1);
            assertEquals(zh.get("quiz.stopRefused"), refused.text());
            assertTrue(api.calls("getChatMember").stream().anyMatch(c -> c.chatId() == group
                    && c.body().path("user_id").asLong() == 42));

            api.memberStatus("administrator");
            api.push(FakeBotApi.message(group, FakeBotApi.user(42, "Han", null), "/quiz stop"));
            Call stopped = api.await("sendMessage", c -> c.chatId() == group, 4).get(3);
            assertTrue(stopped.text().contains(zh.get("quiz.stopped", "Han")), stopped.text());
        } finally {
            api.memberStatus("member");
        }
    }

    @Test
    void dailyExcerptsAreForAdminsToTurnOnAndPauseWhenTheGroupIsOutOfReach() throws Exception {
        long group = -2005;
        ChatId chat = new ChatId("telegram", "-2005");
        Messages zh = core.dispatcher.messages(Language.ZH);
        try {
            api.memberStatus("member");
            api.push(FakeBotApi.message(group, FakeBotApi.user(51, "Yang", null), "/daily on 09:00 UTC"));
            Call refused = api.await("sendMessage", c -> c.chatId() == group, 1).getFirst();
            assertEquals(zh.get("daily.adminOnly"), refused.text());
            assertTrue(api.calls("getChatMember").stream().anyMatch(c -> c.chatId() == group
                    && c.body().path("user_id").asLong() == 51));
            assertTrue(core.core.daily().subscription(chat).isEmpty());

            api.memberStatus("creator");
            api.push(FakeBotApi.message(group, FakeBotApi.user(51, "Yang", null), "/daily on 09:00 UTC"));
            Call on = api.await("sendMessage", c -> c.chatId() == group, 2).get(1);
            assertTrue(on.text().startsWith(zh.get("daily.on.new", "09:00", "UTC", "").substring(0, 8)), on.text());
        } finally {
            api.memberStatus("member");
        }
        DailySubscription subscribed = core.core.daily().subscription(chat).orElseThrow();
        clock.set(subscribed.nextDue());
        assertEquals(1, core.core.daily().tick());
        Call excerpt = api.await("sendMessage", c -> c.chatId() == group, 3).get(2);
        assertTrue(excerpt.text().contains("<b>《"), "the excerpt, with its title: " + excerpt.text());
        assertTrue(excerpt.text().contains(zh.get("daily.questionLabel")), excerpt.text());

        clock.set(core.core.daily().subscription(chat).orElseThrow().nextDue());
        api.failNext("sendMessage", 403, "Forbidden: bot was kicked from the supergroup chat", null, null);
        assertEquals(0, core.core.daily().tick());
        assertEquals(DailySubscription.State.PAUSED_BLOCKED, core.core.daily().subscription(chat).orElseThrow()
                .state());
        clock.advance(Duration.ofDays(1));
        assertEquals(0, core.core.daily().tick(), "a paused subscription sends nothing");
    }

    @Test
    void theQuestionOfTheDayIsAPollUntilTheNextExcerptRevealsItAndTheWeekComesAsAPhoto() throws Exception {
        long group = -2011;
        ChatId chat = new ChatId("telegram", "-2011");
        Messages zh = core.dispatcher.messages(Language.ZH);
        try {
            api.memberStatus("administrator");
            api.push(FakeBotApi.message(group, FakeBotApi.user(71, "Sun", null), "/daily on 09:00 UTC"));
            api.await("sendMessage", c -> c.chatId() == group, 1);
        } finally {
            api.memberStatus("member");
        }
        clock.set(core.core.daily().subscription(chat).orElseThrow().nextDue());
        assertEquals(1, core.core.daily().tick());
        Call poll = api.await("sendPoll", c -> c.chatId() == group, 1).getFirst();
        assertTrue(poll.body().path("question").asText().startsWith("(" + zh.get("daily.quiz.heading") + ") "),
                poll.body().toString());
        assertFalse(poll.body().has("open_period"), "open until the next excerpt, longer than a timed poll runs");
        assertFalse(poll.body().path("is_anonymous").asBoolean(true), "votes must name the voter");

        // Sun votes; in a group an accepted vote gets no message (the poll shows it). His /top then names him.
        api.push(FakeBotApi.pollAnswer(api.pollIdOf(poll), FakeBotApi.user(72, "Sun", null), 0));
        api.push(FakeBotApi.message(group, FakeBotApi.user(72, "Sun", null), "/top"));
        Call top = api.await("sendMessage", c -> c.chatId() == group && c.text().contains("Sun"), 1).getFirst();
        assertTrue(top.text().contains(zh.get("top.title").substring(0, 2)), top.text());

        // The next excerpt comes with the reveal, and the day-old poll is stopped.
        clock.set(core.core.daily().subscription(chat).orElseThrow().nextDue());
        assertEquals(1, core.core.daily().tick());
        Call reveal = api.await("sendMessage", c -> c.chatId() == group && c.text().contains("1 人作答"), 1)
                .getFirst();
        assertTrue(reveal.text().contains("答案"), reveal.text());
        Call stopped = api.await("stopPoll", c -> c.chatId() == group, 1).getFirst();
        assertTrue(stopped.body().path("message_id").asInt() > 0, "the poll's own message: " + stopped.body());

        // After the seventh delivery, the next day brings the week as a photo with its figures as the caption.
        for (int day = 3; day <= 8; day++) {
            clock.set(core.core.daily().subscription(chat).orElseThrow().nextDue());
            assertEquals(1, core.core.daily().tick(), "day " + day);
        }
        Call photo = api.await("sendPhoto", c -> c.chatId() == group, 1).getFirst();
        // telegrambots uploads the file as a part named after it, and the photo field points at that part.
        assertEquals("attach://week.png", photo.body().path("photo").asText(), photo.body().toString());
        assertTrue(photo.body().path("week.png_png").asBoolean(), photo.body().toString());
        assertTrue(photo.body().path("week.png_bytes").asInt() > 20_000, photo.body().toString());
        assertTrue(photo.body().path("caption").asText().contains("本周学习"), photo.body().toString());
        assertEquals("HTML", photo.body().path("parse_mode").asText().toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void aStaleQuizButtonIsAnsweredWithAToastAndNothingElse() throws Exception {
        api.push(FakeBotApi.callback("cb-quiz", 1003, FakeBotApi.user(1003, "Chen", null), "quiz:q9:1:1"));
        Call answered = api.await("answerCallbackQuery",
                c -> c.body().path("callback_query_id").asText().equals("cb-quiz"), 1).getFirst();
        assertEquals(core.dispatcher.messages(Language.ZH).get("quiz.stale"), answered.body().path("text").asText());
        Thread.sleep(200);
        assertTrue(api.calls("sendMessage").stream().noneMatch(c -> c.chatId() == 1003));
    }

    @Test
    void aRateLimitedSendWaitsRetryAfterAndSendsAgain() throws Exception {
        api.failNext("sendMessage", 429, "Too Many Requests: retry after 3", 3, null);
        api.push(FakeBotApi.message(1004, FakeBotApi.user(1004, "Lin", null), "/docs"));
        List<Call> sent = api.await("sendMessage", c -> c.chatId() == 1004, 2);
        assertEquals(sent.get(0).body(), sent.get(1).body(), "the same message, sent again");
        assertTrue(waits.contains(Duration.ofSeconds(3)), waits.toString());
    }

    @Test
    void aLongAnswerIsSplitIntoMessagesOfAtMost4096Characters() throws Exception {
        api.push(FakeBotApi.message(1005, FakeBotApi.user(1005, "He", null), "/long"));
        List<Call> pieces = api.await("sendMessage", c -> c.chatId() == 1005, 2);
        Thread.sleep(200);
        pieces = api.calls("sendMessage").stream().filter(c -> c.chatId() == 1005).toList();
        assertEquals(2, pieces.size());
        for (Call piece : pieces) {
            assertTrue(piece.text().length() <= 4096, "length " + piece.text().length());
            assertEquals(count(piece.text(), "<b>"), count(piece.text(), "</b>"), "tags balanced");
            assertTrue(piece.text().endsWith("。") || piece.text().endsWith("</i>"), "ends a sentence");
        }
        assertTrue(pieces.get(0).text().contains("&lt;高质量&gt;发展 &amp; 进步"), "member-like text escaped");

        String question = "中".repeat(5_000);
        api.push(FakeBotApi.message(1006, FakeBotApi.user(1006, "Luo", null), question));
        Call tooLong = api.await("sendMessage", c -> c.chatId() == 1006, 1).getFirst();
        assertTrue(tooLong.text().contains("200"), "a 5,000-character question gets the too-long message");
    }

    @Test
    void thePollingLoopSurvivesAFailedGetUpdates() throws Exception {
        api.failNext("getUpdates", 502, "Bad Gateway", null, null);
        api.failNext("getUpdates", 500, "Internal Server Error", null, null);
        api.push(FakeBotApi.message(1008, FakeBotApi.user(1008, "Guo", null), "/docs"));
        api.await("sendMessage", c -> c.chatId() == 1008, 1);
    }

    @Test
    void aGroupUpgradedToASupergroupMovesItsData() throws Exception {
        api.push(FakeBotApi.migration(-4001, -1004001));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (moves.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(new ChatId("telegram", "-4001"), moves.getFirst()[0]);
        assertEquals(new ChatId("telegram", "-1004001"), moves.getFirst()[1]);
    }

    @Test
    void aBlockedChatIsReportedAndTheTokenNeverReachesTheLogs() throws Exception {
        api.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null, null);
        assertEquals(Delivery.BLOCKED, router.send(new ChatId("telegram", "1007"),
                dev.studybot.chat.Reply.TextReply.of("每日一段")));
        api.failNext("sendMessage", 500, "Internal Server Error: " + TOKEN, null, null);
        assertEquals(Delivery.FAILED, router.send(new ChatId("telegram", "1007"),
                dev.studybot.chat.Reply.TextReply.of("每日一段")));
        assertTrue(api.calls().stream().allMatch(c -> c.path().contains(TOKEN)), "the fake saw the token");
        assertFalse(logs.list.isEmpty());
        assertNoTokenInLogs();
    }

    private void assertNoTokenInLogs() {
        for (ILoggingEvent event : List.copyOf(logs.list)) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertFalse(line.contains(TOKEN) || line.contains(TOKEN.substring(TOKEN.indexOf(':') + 1)), line);
        }
    }

    @Test
    void aVoteOnAReviewPollSentBeforeARestartStillCounts() throws Exception {
        long chat = 4010;
        var he = FakeBotApi.user(chat, "He", null);
        Messages zh = core.dispatcher.messages(Language.ZH);
        Question missed = core.core.questions().pool(java.util.Set.of()).stream()
                .filter(q -> !q.multipleAnswers()).findFirst().orElseThrow();
        new JdbcQuizStore(core.core.database()).saveReview(new ReviewItem("telegram", Long.toString(chat),
                missed.id(), Long.toString(chat), new QuestionJson().write(missed), 1, 0, clock.instant()));
        // Their own fake server and bots: a restart here must not take the other tests' updates.
        try (FakeBotApi ownApi = new FakeBotApi()) {
            TelegramSettings settings = new TelegramSettings(TOKEN, ownApi.url(), waits::add, Duration.ofSeconds(1));
            TelegramBot before = TelegramBot.start(settings, core.dispatcher, new MessengerRouter(), (from, to) -> { },
                    new JdbcPostedPolls(core.core.database()), clock);
            ownApi.push(FakeBotApi.message(chat, he, "/review"));
            Call poll = ownApi.await("sendPoll", c -> c.chatId() == chat, 1).getFirst();
            before.close();

            // A new core and a new bot over the same database, as after a restart or in the process taking over.
            try (TestCore restarted = new TestCore(clock, data)) {
                TelegramBot after = TelegramBot.start(settings, restarted.dispatcher, restarted.core.messenger(),
                        (from, to) -> { }, new JdbcPostedPolls(restarted.core.database()), clock);
                try {
                    ownApi.push(FakeBotApi.pollAnswer(ownApi.pollIdOf(poll), he, missed.answers().getFirst()));
                    Call answered = ownApi.await("sendMessage", c -> c.chatId() == chat, 1).getFirst();
                    assertTrue(answered.text().contains(zh.get("review.right")), answered.text());
                    ownApi.push(FakeBotApi.pollAnswer(ownApi.pollIdOf(poll), he, missed.answers().getFirst()));
                    Call again = ownApi.await("sendMessage", c -> c.chatId() == chat, 2).get(1);
                    assertFalse(again.text().contains(zh.get("review.right")), "it counts once: " + again.text());
                } finally {
                    after.close();
                }
            }
        }
    }

    @Test
    void closingABotEndsEveryThreadItStarted() throws Exception {
        java.util.Set<Thread> before = telegramThreads();
        // Its own fake server: a second bot polling the shared one could take the other tests' updates.
        try (FakeBotApi ownApi = new FakeBotApi()) {
            TelegramSettings settings = new TelegramSettings(TOKEN, ownApi.url(), waits::add, Duration.ofSeconds(1));
            TelegramBot second = TelegramBot.start(settings, core.dispatcher, new MessengerRouter(),
                    (from, to) -> { }, new InMemoryPostedPolls(), clock);
            ownApi.push(FakeBotApi.message(1009, FakeBotApi.user(1009, "Ma", null), "/docs"));
            ownApi.await("sendMessage", c -> c.chatId() == 1009, 1);
            second.close();
        }
        java.util.Set<Thread> started = telegramThreads();
        started.removeAll(before);
        assertTrue(started.isEmpty(), "still running: " + started);
    }

    private static java.util.Set<Thread> telegramThreads() {
        java.util.Set<Thread> threads = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(t -> !t.isAlive() || !t.getName().startsWith("telegram-"));
        return threads;
    }

    /** The question of the bundled document that a poll asks (the test's own look into the question bank). */
    private Question questionAsked(Call poll) {
        String prompt = poll.body().path("question").asText().replaceFirst("^\\(\\d+/\\d+\\) ", "");
        List<Question> pool = core.core.questions().pool(java.util.Set.of());
        Question q = pool.stream().filter(p -> p.prompt().startsWith(prompt) || prompt.startsWith(p.prompt()))
                .findFirst().orElseThrow(() -> new AssertionError("no question " + prompt));
        // A draw moves options (AnswerPositions): their places are the poll's, each text perhaps cut with "…".
        List<String> shown = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode option : poll.body().path("options")) {
            String text = (option.isTextual() ? option.asText() : option.path("text").asText()).replaceAll("…$", "");
            shown.add(q.options().stream().filter(o -> o.startsWith(text) && !shown.contains(o)).findFirst()
                    .orElseThrow(() -> new AssertionError("no option " + text + " in " + q)));
        }
        if (shown.size() != q.options().size()) {
            return q;
        }
        List<Integer> answers = q.answers().stream().map(i -> shown.indexOf(q.options().get(i))).sorted().toList();
        return new Question(q.id(), q.type(), q.prompt(), shown, answers, q.explanation(), q.source());
    }

    /** The quiz command's largest number of questions. */
    private static final class QuizEngineLimits {
        static final int MAX = dev.studybot.quiz.QuizEngine.MAX_QUESTIONS;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
