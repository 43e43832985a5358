package dev.studybot.chat;

import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.testing.MutableClock;
import static dev.studybot.testing.TestCore.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Reply.TextReply;
import dev.studybot.testing.TestCore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conversation through the dispatcher, on the fixture documents with the real search engine. */
class DispatcherTest {

    private static final ChatId PRIVATE = new ChatId("test", "private-1");
    private static final ChatId GROUP = new ChatId("test", "group-1");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
    private final TestCore core = TestCore.fixture(clock);

    private TextReply ask(ChatId chat, String text) {
        List<Reply> replies = core.dispatcher().onMessage(message(chat, ChatType.PRIVATE, "u1", true, text));
        assertEquals(1, replies.size());
        return assertInstanceOf(TextReply.class, replies.get(0));
    }

    @Test
    void aPlainQuestionGetsTheMatchingPassageMarkedAndCited() {
        TextReply reply = ask(PRIVATE, "天府粮仓怎么建设？");
        String text = reply.text().plainText();
        assertTrue(text.startsWith("要坚决守住耕地红线"), text);
        assertTrue(text.contains("《关于长江流域生态保护的学习材料》第 3 段"), text);
        assertTrue(reply.text().segments().stream()
                .anyMatch(s -> s.style() == RichText.Style.MATCH && s.text().contains("天府粮仓")));
        assertEquals(List.of(new Button("更多", new Action.More())), reply.buttons());
    }

    @Test
    void traditionalCharactersFindTheSimplifiedPassage() {
        assertTrue(ask(PRIVATE, "/ask 糧食穩產保供的責任").text().plainText().contains("粮食稳产保供责任"));
    }

    @Test
    void offTopicQuestionsSayNothingWasFound() {
        assertEquals("文件中没有找到与这个问题相关的内容。可以换个说法，或发送 /help 查看用法。",
                ask(PRIVATE, "怎么做红烧肉？").text().plainText());
    }

    @Test
    void moreShowsTheNextPassagesThenSaysThereAreNoMore() {
        ask(PRIVATE, "会议强调什么？");
        String more = ask(PRIVATE, "/more").text().plainText();
        assertTrue(more.contains("——"), more);
        List<Reply> pressed = core.dispatcher().onAction(ActionPress.of(
                message(PRIVATE, ChatType.PRIVATE, "u1", true, "").origin(), new Action.More()));
        assertInstanceOf(TextReply.class, pressed.get(0));
    }

    @Test
    void useLimitsTheScopeAndOnlyAdminsMayChangeItInGroups() {
        List<Reply> refused = core.dispatcher().onMessage(message(GROUP, ChatType.GROUP, "u2", false, "/use 2"));
        assertEquals("只有群管理员可以更改学习的文件范围。", ((TextReply) refused.get(0)).text().plainText());
        assertTrue(core.settings().find(GROUP).isEmpty(), "a refused command changes nothing");

        core.dispatcher().onMessage(message(GROUP, ChatType.GROUP, "admin", true, "/use city-report"));
        assertEquals(Set.of("city-report"), core.settings().find(GROUP).orElseThrow().scope());
        List<Reply> answer = core.dispatcher().onMessage(message(GROUP, ChatType.GROUP, "u2", false, "天府粮仓"));
        assertTrue(((TextReply) answer.get(0)).text().plainText().startsWith("文件中没有找到"),
                "the river report is out of scope now");

        List<Reply> unknown = core.dispatcher().onMessage(message(GROUP, ChatType.GROUP, "admin", true, "/use nope 9"));
        assertTrue(((TextReply) unknown.get(0)).text().plainText().contains("nope 9"));
        assertEquals(Set.of("city-report"), core.settings().find(GROUP).orElseThrow().scope());
    }

    @Test
    void langSwitchesTheChatToEnglish() {
        assertEquals("Replies are now in English.", ask(PRIVATE, "/lang en").text().plainText());
        assertTrue(ask(PRIVATE, "/nosuch").text().plainText().startsWith("There is no command /nosuch"));
        assertTrue(ask(PRIVATE, "/lang klingon").text().plainText().startsWith("Usage"));
    }

    @Test
    void badInputGetsAFriendlyMessageNeverAnException() {
        for (String input : List.of("", "   ", "\u0000\u0007", "😀😀😀", "title:(a OR b)* AND \"x", "~!@#$%^&*()",
                "中文English混合 ???", "/", "/ask", "／ask   ", "a".repeat(5000))) {
            List<Reply> replies = core.dispatcher().onMessage(message(PRIVATE, ChatType.PRIVATE, "u1", true, input));
            assertEquals(1, replies.size(), input);
            String text = ((TextReply) replies.get(0)).text().plainText();
            assertFalse(text.isBlank(), input);
            assertFalse(text.contains("Exception"), input);
        }
        assertTrue(ask(PRIVATE, "长".repeat(201)).text().plainText().contains("200"));
    }

    @Test
    void membersPastTheRateLimitAreAskedToWait() {
        TestCore limited = TestCore.fixture(clock, 2, List.of());
        for (int i = 0; i < 2; i++) {
            limited.dispatcher().onMessage(message(PRIVATE, ChatType.PRIVATE, "u1", true, "天府粮仓"));
        }
        List<Reply> third = limited.dispatcher().onMessage(message(PRIVATE, ChatType.PRIVATE, "u1", true, "/ask 天府粮仓"));
        assertTrue(((TextReply) third.get(0)).text().plainText().startsWith("提问太频繁了"));
        List<Reply> command = limited.dispatcher().onMessage(message(PRIVATE, ChatType.PRIVATE, "u1", true, "/docs"));
        assertTrue(((TextReply) command.get(0)).text().plainText().startsWith("共 2 份文件"),
                "commands other than questions are not limited");
    }

    @Test
    void aFailingCommandIsLoggedAndTheMemberGetsAnApology() {
        Command broken = new Command() {
            @Override
            public CommandSpec spec() {
                return CommandSpec.named("broken").build();
            }

            @Override
            public List<Reply> run(CommandRequest request) {
                throw new IllegalStateException("boom");
            }
        };
        TestCore withBroken = TestCore.fixture(clock, 100, List.of(broken));
        List<Reply> replies = withBroken.dispatcher().onMessage(
                message(PRIVATE, ChatType.PRIVATE, "u1", true, "/broken"));
        assertEquals("抱歉，处理时出了点问题，请稍后再试。", ((TextReply) replies.get(0)).text().plainText());
    }

    @Test
    void helpListsEveryCommand() {
        String help = ask(PRIVATE, "/start").text().plainText();
        for (String command : List.of("/help", "/ask", "/more", "/docs", "/use", "/lang")) {
            assertTrue(help.contains(command), command);
        }
    }

    @Test
    void docsListsTheDocumentsWithTheScopeMarked() {
        String docs = ask(PRIVATE, "/docs").text().plainText();
        assertTrue(docs.contains("1. river-report 关于长江流域生态保护的学习材料"), docs);
        assertTrue(docs.contains("全部文件"), docs);
    }
}
