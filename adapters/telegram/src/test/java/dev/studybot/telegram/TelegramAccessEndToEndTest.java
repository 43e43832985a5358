package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Messages;
import dev.studybot.model.Access;
import dev.studybot.store.InMemoryPostedPolls;
import dev.studybot.model.Language;
import dev.studybot.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A bot that serves some chats only (STUDYBOT_ALLOWED_CHATS) and has an owner (STUDYBOT_OWNER), against the fake
 * Bot API: it greets a group it joins, says once where it does not serve and leaves, takes /daily in a channel,
 * and treats its owner as an admin everywhere.
 */
@Tag("slow") // end to end: the real client against a fake Bot API
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramAccessEndToEndTest {

    private static final String TOKEN = "4343:another-test-token-never-logged";
    private static final long GROUP = -100500;
    private static final long CHANNEL = -100800;
    private static final long OWNER = 99;
    private static final Messages ZH = Messages.of(Language.ZH);

    private FakeBotApi api;
    private Path data;
    private TestCore core;
    private TelegramBot bot;

    @BeforeAll
    void start() throws Exception {
        api = new FakeBotApi();
        api.memberStatus("member"); // nobody is a Telegram admin: only the owner may use admin commands
        data = Files.createTempDirectory("telegram-access");
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
        core = new TestCore(clock, data);
        bot = TelegramBot.start(new TelegramSettings(TOKEN, api.url(), wait -> { }, Duration.ofSeconds(1)),
                core.dispatcher, core.core.messenger(), (from, to) -> { }, new InMemoryPostedPolls(), clock,
                new Access(Set.of(Long.toString(GROUP), Long.toString(CHANNEL)), Set.of(Long.toString(OWNER))));
    }

    @AfterAll
    void stop() throws Exception {
        bot.close();
        api.close();
        core.close();
    }

    @Test
    void asksForMyChatMemberAndChannelPosts() throws Exception {
        assertTrue(TelegramBot.ALLOWED_UPDATES.containsAll(List.of("my_chat_member", "channel_post")));
    }

    @Test
    void greetsAServedGroupOnceWhenAddedAndSaysHowToAsk() throws Exception {
        api.push(FakeBotApi.botMembership(GROUP, "supergroup", 7, "left", "member"));
        FakeBotApi.Call greeting = api.await("sendMessage", c -> c.chatId() == GROUP, 1).getFirst();
        assertEquals(ZH.get("platform.joined"), greeting.body().path("text").asText());
        assertTrue(greeting.body().path("text").asText().contains("/ask"));
    }

    @Test
    void saysOnceThatItIsPrivateAndLeavesAGroupItDoesNotServe() throws Exception {
        long stranger = -100700;
        api.push(FakeBotApi.message(stranger, FakeBotApi.user(5, "Wang", null), "/ask 会议由谁主持？"));
        api.push(FakeBotApi.message(stranger, FakeBotApi.user(6, "Zhao", null), "/quiz"));
        api.await("leaveChat", c -> c.body().path("chat_id").asLong() == stranger, 1);
        List<FakeBotApi.Call> said = api.calls("sendMessage").stream().filter(c -> c.chatId() == stranger).toList();
        assertEquals(1, said.size(), said.toString());
        assertEquals(ZH.get("platform.private"), said.getFirst().body().path("text").asText());

        long addedElsewhere = -100600;
        api.push(FakeBotApi.botMembership(addedElsewhere, "group", 8, "left", "member"));
        api.await("leaveChat", c -> c.body().path("chat_id").asLong() == addedElsewhere, 1);
    }

    @Test
    void dailyWorksInAServedChannel() throws Exception {
        api.push(FakeBotApi.channelPost(CHANNEL, "/daily on 09:00"));
        FakeBotApi.Call reply = api.await("sendMessage", c -> c.chatId() == CHANNEL, 1).getFirst();
        assertTrue(reply.body().path("text").asText().contains("09:00"), reply.toString());
        api.push(FakeBotApi.channelPost(CHANNEL, "今天学习了报告"));
        api.push(FakeBotApi.channelPost(CHANNEL, "/daily status"));
        List<FakeBotApi.Call> replies = api.await("sendMessage", c -> c.chatId() == CHANNEL, 2);
        assertEquals(2, replies.size(), "a plain post is not for the bot: " + replies);
    }

    @Test
    void theOwnerIsAnAdminInEveryServedGroup() throws Exception {
        api.push(FakeBotApi.message(GROUP, FakeBotApi.user(11, "Member", null), "/use all"));
        FakeBotApi.Call refused = api.await("sendMessage",
                c -> c.chatId() == GROUP && c.body().path("text").asText().equals(ZH.get("use.adminOnly")), 1)
                .getFirst();
        assertFalse(refused.body().isMissingNode());
        int before = api.calls("sendMessage").size();
        api.push(FakeBotApi.message(GROUP, FakeBotApi.user(OWNER, "Owner", null), "/use all"));
        FakeBotApi.Call done = api.await("sendMessage", c -> c.chatId() == GROUP
                && !c.body().path("text").asText().equals(ZH.get("use.adminOnly"))
                && !c.body().path("text").asText().equals(ZH.get("platform.joined")), 1).getFirst();
        assertTrue(api.calls("sendMessage").size() > before);
        assertFalse(done.body().path("text").asText().equals(ZH.get("use.adminOnly")), done.toString());
    }
}
