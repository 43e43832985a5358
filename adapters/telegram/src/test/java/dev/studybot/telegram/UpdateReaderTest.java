package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studybot.chat.Action;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Which updates are for the bot, and what they become for the core. */
class UpdateReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String BOT = FakeBotApi.BOT_USERNAME;

    private final TelegramClient client = mock(TelegramClient.class);
    private final PollRegistry polls = new PollRegistry(new dev.studybot.store.InMemoryPostedPolls(), java.time.Clock.systemUTC());
    private final UpdateReader reader = new UpdateReader(new BotIdentity(FakeBotApi.BOT_ID, BOT), polls,
            new BotApiCalls(client, d -> { }, new TokenRedactor("1:x")), CLOCK);

    @Test
    void everyTextInAPrivateChatIsForTheBot() throws Exception {
        Inbound.Text text = text(FakeBotApi.message(5, FakeBotApi.user(5, "Li", "en-US"), "什么是新发展理念"));
        assertEquals("什么是新发展理念", text.message().text());
        assertEquals(new ChatId("telegram", "5"), text.message().origin().chat());
        assertEquals(ChatType.PRIVATE, text.message().origin().type());
        assertEquals("Li", text.message().origin().member().name());
        assertEquals(Locale.forLanguageTag("en-US"), text.message().origin().languageHint());
        assertEquals(CLOCK.instant(), text.message().origin().at());
    }

    @Test
    void inAGroupOnlyCommandsMentionsAndRepliesToTheBotAreRead() throws Exception {
        var member = FakeBotApi.user(8, "Zhao", null);
        assertTrue(read(FakeBotApi.message(-9, member, "今天学什么")).isEmpty());
        assertTrue(read(FakeBotApi.message(-9, member, "/quiz@other_bot 2")).isEmpty());
        assertTrue(read(FakeBotApi.message(-9, member, "@" + BOT + "x 你好")).isEmpty(), "a longer username");

        assertEquals("/quiz@" + BOT.toUpperCase(Locale.ROOT) + " 2 10",
                text(FakeBotApi.message(-9, member, "/quiz@" + BOT.toUpperCase(Locale.ROOT) + " 2 10"))
                        .message().text());
        assertEquals("/help", text(FakeBotApi.message(-9, member, "/help")).message().text());
        assertEquals("什么是 共同富裕", text(FakeBotApi.message(-9, member, "什么是 @" + BOT + " 共同富裕"))
                .message().text());

        ObjectNode reply = FakeBotApi.message(-9, member, "那么呢");
        ((ObjectNode) reply.get("message")).set("reply_to_message",
                FakeBotApi.message(-9, FakeBotApi.user(FakeBotApi.BOT_ID, "Bot", null), "…").get("message"));
        Inbound.Text replied = text(reply);
        assertEquals("那么呢", replied.message().text());
        assertEquals(ChatType.GROUP, replied.message().origin().type());
    }

    @Test
    void messagesFromBotsAndServiceMessagesWithoutTextAreIgnored() throws Exception {
        ObjectNode fromBot = FakeBotApi.message(5, FakeBotApi.user(6, "Other", null).put("is_bot", true), "hi");
        assertTrue(read(fromBot).isEmpty());
        assertTrue(read(FakeBotApi.message(5, FakeBotApi.user(5, "Li", null), null)).isEmpty());
    }

    @Test
    void theAdminCheckCallsTelegramOnlyWhenAskedAndOnce() throws Exception {
        ChatMemberAdministrator admin = new ChatMemberAdministrator();
        when(client.execute(any(GetChatMember.class))).thenReturn(admin);
        Inbound.Text text = text(FakeBotApi.message(-9, FakeBotApi.user(8, "Zhao", null), "/use all"));
        verifyNoInteractions(client);
        assertTrue(text.message().origin().isAdmin());
        assertTrue(text.message().origin().isAdmin());
        verify(client, times(1)).execute(any(GetChatMember.class));
    }

    @Test
    void aFailedAdminCheckMeansNotAnAdmin() throws Exception {
        when(client.execute(any(GetChatMember.class)))
                .thenThrow(new org.telegram.telegrambots.meta.exceptions.TelegramApiException("down"));
        assertFalse(text(FakeBotApi.message(-9, FakeBotApi.user(8, "Zhao", null), "/use all"))
                .message().origin().isAdmin());
    }

    @Test
    void aPollVoteBecomesTheQuestionsAnswerInThePollsChat() throws Exception {
        QuizQuestionReply question = new QuizQuestionReply(new QuestionRef.QuizQuestion("abc", 4), 4, 5, "?",
                List.of("a", "b", "c"), List.of(1, 2), true, Duration.ofSeconds(30), "");
        polls.remember("P9", new ChatId("telegram", "-77"), question.answer(List.of()), Optional.empty());

        Inbound.PollVote vote = (Inbound.PollVote) read(FakeBotApi.pollAnswer("P9", FakeBotApi.user(3, "Wu", null),
                1, 2)).orElseThrow();
        assertEquals(Optional.of(new Action.Answer(new QuestionRef.QuizQuestion("abc", 4), List.of(1, 2))),
                vote.press().action());
        assertEquals(new ChatId("telegram", "-77"), vote.chat());
        assertEquals(ChatType.GROUP, vote.press().origin().type());
        assertEquals("3", vote.press().origin().member().id());

        assertTrue(read(FakeBotApi.pollAnswer("P9", FakeBotApi.user(3, "Wu", null))).isEmpty(), "vote retracted");
        assertTrue(read(FakeBotApi.pollAnswer("other", FakeBotApi.user(3, "Wu", null), 0)).isEmpty());
    }

    @Test
    void callbacksAndMigrationsAreRead() throws Exception {
        Inbound.Callback callback = (Inbound.Callback) read(FakeBotApi.callback("c1", -9,
                FakeBotApi.user(8, "Zhao", null), "more")).orElseThrow();
        assertEquals(Optional.of(new Action.More()), callback.press().action());
        assertEquals("c1", callback.callbackId());
        assertEquals(new ChatId("telegram", "-9"), callback.chat());

        Inbound.Migration migration = (Inbound.Migration) read(FakeBotApi.migration(-9, -1009)).orElseThrow();
        assertEquals(new Inbound.Migration(-9, -1009), migration);
    }

    private Optional<Inbound> read(ObjectNode update) throws Exception {
        update.put("update_id", 1);
        return reader.read(JSON.treeToValue(update, Update.class));
    }

    private Inbound.Text text(ObjectNode update) throws Exception {
        return assertInstanceOf(Inbound.Text.class, read(update).orElseThrow());
    }
}
