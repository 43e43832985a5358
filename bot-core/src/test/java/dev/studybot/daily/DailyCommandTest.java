package dev.studybot.daily;

import dev.studybot.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.CommandRunner;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.Origin;
import dev.studybot.chat.Reply;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.ChatType;
import dev.studybot.model.Language;
import dev.studybot.model.Member;
import dev.studybot.store.DailySubscription;
import dev.studybot.store.InMemoryChatSettingsStore;
import dev.studybot.store.jdbc.JdbcDailyStore;
import dev.studybot.store.jdbc.Database;
import dev.studybot.testing.SharedLibrary;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyCommandTest {

    private static final ChatId GROUP = new ChatId("test", "g");
    /** The report's reading plan, shared by the tests (planning its excerpts is what costs). */
    private static final DocumentLibrary LIBRARY =
            new DocumentLibrary(List.of(SharedLibrary.document("cpc-congress-20")));
    private static final ReadingPlan PLAN = new ReadingPlan(LIBRARY, new ExcerptPlanner());

    @TempDir
    Path dir;

    private DailyService service;
    private DailyCommand command;
    private MutableClock clock;
    /** The replies of the last run. */
    private java.util.List<Reply> last;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-12-01T20:00:00Z"));
        Database database = Database.sqlite(dir.resolve("db.sqlite"));
        service = DailyWiring.service(database, LIBRARY, PLAN, (chat, language, outcome) -> Delivery.SENT, clock,
                DailyConfig.defaults());
        command = new DailyCommand(service, DailyWiring.PRESENTER, clock);
    }

    private String run(String arguments, boolean admin, Language language) {
        Origin origin = new Origin(GROUP, ChatType.GROUP, new Member("u1", "Li"), clock.instant(), null,
                () -> admin);
        var replies = CommandRunner.runText(command, origin, arguments, ChatSettings.defaults(GROUP, language),
                Messages.of(language));
        last = replies;
        return ((Reply.TextReply) replies.get(0)).text().plainText();
    }

    private String run(String arguments) {
        return run(arguments, true, Language.ZH);
    }

    @Test
    void onlyAdminsTurnItOnOffOrChangeTheTimeInGroups() {
        assertTrue(run("on 08:00", false, Language.ZH).contains("只有群管理员"));
        assertTrue(service.subscription(GROUP).isEmpty());
        run("on");
        assertTrue(run("off", false, Language.ZH).contains("只有群管理员"));
        assertTrue(run("time 09:00", false, Language.EN).contains("Only group admins"));
        assertTrue(service.subscription(GROUP).orElseThrow().active());
        assertTrue(run("status", false, Language.ZH).contains("每日推送：开启"), "anyone may look");
    }

    @Test
    void defaultsToEightOClockShanghaiAndReadsTimesAndZones() {
        String reply = run("on");
        assertTrue(reply.contains("08:00（Asia/Shanghai）"), reply);
        assertTrue(reply.contains("2026-12-02 08:00 (Asia/Shanghai)"), reply);
        reply = run("time 07:15 Europe/Berlin");
        assertTrue(reply.contains("07:15（Europe/Berlin）"), reply);
        DailySubscription s = service.subscription(GROUP).orElseThrow();
        assertEquals(LocalTime.of(7, 15), s.time());
        assertEquals(ZoneId.of("Europe/Berlin"), s.zone());
        run("on UTC+8 21:30");
        assertEquals(ZoneOffset.ofHours(8), service.subscription(GROUP).orElseThrow().zone());
        assertEquals(LocalTime.of(21, 30), service.subscription(GROUP).orElseThrow().time());
    }

    @Test
    void badInputGetsAFriendlyMessageAndChangesNothing() {
        run("on 08:00 Asia/Shanghai");
        DailySubscription before = service.subscription(GROUP).orElseThrow();
        assertTrue(run("time 25:00").contains("不是有效的时间"));
        assertTrue(run("time 09:00 Mars/Base").contains("不认识时区“Mars/Base”"));
        assertTrue(run("on 08:00 09:00").contains("只能写一个时间"));
        assertTrue(run("time").contains("用法"));
        assertTrue(run("sometimes").contains("不认识“sometimes”"));
        assertTrue(run("time 9 o’clock", true, Language.EN).contains("Usage"));
        assertEquals(before, service.subscription(GROUP).orElseThrow());
    }

    @Test
    void statusOffAndNowSpeakToTheChat() {
        assertTrue(run("status").contains("还没有开启"));
        assertTrue(run("now").contains("还没有开启"));
        run("on 08:00");
        String status = run("status");
        assertTrue(status.contains("下一次：2026-12-02 08:00 (Asia/Shanghai)"), status);
        assertTrue(status.contains("第 1/"), status);
        String excerpt = run("now");
        assertTrue(excerpt.startsWith("【每日学习】12月2日 星期三"), excerpt);
        assertTrue(excerpt.contains("想一想："), excerpt);
        Reply.QuizQuestionReply question = assertInstanceOf(Reply.QuizQuestionReply.class, last.get(1));
        assertEquals("今日一题", question.heading());
        assertEquals(new dev.studybot.chat.QuestionRef.DailyQuestion(java.time.LocalDate.of(2026, 12, 2)),
                question.question());
        String again = run("now");
        assertTrue(again.startsWith("（今天的原文已经推送过，这里再发一遍"), again);
        assertTrue(again.contains("【每日学习】12月2日 星期三"), again);
        assertEquals(question, last.get(1), "the same question of the day");
        assertTrue(run("status").contains("已推送 1 天"), "shown twice, delivered once");
        assertTrue(run("off").contains("已停止"));
        assertTrue(run("status", true, Language.EN).contains("Daily excerpt: off"));
    }
}
