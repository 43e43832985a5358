package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.Action;
import dev.studybot.chat.Button;
import dev.studybot.chat.Action;
import dev.studybot.chat.ActionCodec;
import dev.studybot.chat.ActionHandler;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger.Delivery;
import dev.studybot.chat.MessengerRouter;
import dev.studybot.chat.Origin;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.RateLimiter;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.chat.command.AskCommand;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Phrase;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.store.InMemoryChatSettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real JDA connected to a fake Discord on 127.0.0.1: a slash command, a quiz button click with its reveal, and
 * a direct message that mentions the bot, checked by the requests the bot makes.
 */
@Tag("slow") // end to end: the real JDA against a fake Discord
class DiscordEndToEndTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final List<String> ASKED = new CopyOnWriteArrayList<>();
    private static final List<String> PRESSED = new CopyOnWriteArrayList<>();

    private static final AtomicLong IDS = new AtomicLong();

    private static FakeDiscord discord;
    private static DiscordBot bot;
    private static MessengerRouter router;
    private static FakeDiscord.Call registration;

    @BeforeAll
    static void connect() throws Exception {
        discord = new FakeDiscord();
        router = new MessengerRouter();
        DiscordSettings settings = new DiscordSettings("test-token-not-secret", Optional.empty(),
                Optional.of(discord.apiUrl()), Optional.of(discord.gatewayUrl()));
        bot = DiscordLauncher.start(settings, dispatcher(), router, CLOCK, builder -> builder
                .setCompression(Compression.NONE).setGatewayEncoding(GatewayEncoding.JSON));
        discord.awaitReady();
        registration = discord.await("PUT", p -> p.equals("/applications/" + FakeDiscord.APP_ID + "/commands"));
    }

    @AfterAll
    static void disconnect() throws Exception {
        if (bot != null) {
            bot.closeNow();
        }
        if (discord != null) {
            discord.close();
        }
        if (bot != null) {
            bot.awaitShutdown(Duration.ofSeconds(10));
        }
    }

    @Test
    void registersTheDispatchersCommandsGloballyFromTheirDeclarations() {
        DataArray commands = DataArray.fromJson(registration.raw());
        assertEquals(1, commands.length(), "this dispatcher declares /ask alone (the real core's: see the guild test)");
        DataObject ask = commands.getObject(0);
        assertEquals("ask", ask.getString("name"));
        assertEquals("在文件中查找答案", ask.getObject("description_localizations").getString("zh-CN"));
        assertEquals("Find the answer in the documents", ask.getString("description"));
        DataObject question = ask.getArray("options").getObject(0);
        assertEquals("question", question.getString("name"));
        assertEquals(AskCommand.MAX_QUESTION_CHARS, question.getInt("max_length"));
    }

    @Test
    void slashAskIsDeferredThenAnsweredWithAnEmbed() throws Exception {
        discord.dispatch("INTERACTION_CREATE", interaction(freshId(), "tok-ask", 2,
                "{\"id\":\"400000000000000001\",\"name\":\"ask\",\"type\":1,\"options\":"
                        + "[{\"name\":\"question\",\"type\":3,\"value\":\"什么是现代化\"}]}"));

        FakeDiscord.Call callback = discord.await("POST",
                p -> p.endsWith("/tok-ask/callback"));
        assertEquals(5, callback.body().getInt("type"), "deferred channel message");
        FakeDiscord.Call followUp = discord.await("POST",
                p -> p.startsWith("/webhooks/" + FakeDiscord.APP_ID + "/tok-ask"));
        DataObject embed = followUp.body().getArray("embeds").getObject(0);
        assertEquals("中国式**现代化**是人口规模巨大的现代化。", embed.getString("description"));
        assertEquals("—— 《报告》第 3 段", embed.getObject("footer").getString("text"));
        DataObject button = followUp.body().getArray("components").getObject(0).getArray("components").getObject(0);
        assertEquals("more", button.getString("custom_id"));
        assertTrue(ASKED.contains("/ask 什么是现代化"), ASKED.toString());
    }

    @Test
    void quizButtonClickIsAcknowledgedPrivatelyAndTheRevealEditsTheQuestion() throws Exception {
        ChatId dm = DiscordOrigins.directChat(Long.parseLong(FakeDiscord.USER_ID));
        QuizQuestionReply question = new QuizQuestionReply(new QuestionRef.QuizQuestion("q7", 1), 1, 3,
                "中国式现代化是什么的现代化？", List.of("人口规模巨大", "人口规模很小"), List.of(0), false, Duration.ofSeconds(30), "见报告第3段");
        assertEquals(Delivery.SENT, router.send(dm, question));
        discord.await("POST", p -> p.equals("/users/@me/channels"));
        FakeDiscord.Call posted = discord.await("POST",
                p -> p.equals("/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"));
        DataArray buttons = posted.body().getArray("components").getObject(0).getArray("components");
        assertEquals(2, buttons.length());
        assertEquals("quiz:q7:1:1", buttons.getObject(1).getString("custom_id"));

        discord.dispatch("INTERACTION_CREATE", interaction(freshId(), "tok-click", 3,
                "{\"custom_id\":\"quiz:q7:1:1\",\"component_type\":2}"));
        FakeDiscord.Call callback = discord.await("POST",
                p -> p.endsWith("/tok-click/callback"));
        assertEquals(5, callback.body().getInt("type"));
        assertEquals(64, callback.body().getObject("data").getInt("flags") & 64, "ephemeral");
        FakeDiscord.Call ack = discord.await("POST", p -> p.startsWith("/webhooks/" + FakeDiscord.APP_ID + "/tok-click"));
        assertEquals("answer recorded", ack.body().getString("content"));
        assertEquals(64, ack.body().getInt("flags") & 64, "ephemeral follow-up");
        assertTrue(PRESSED.contains("quiz:q7:1:1"), PRESSED.toString());

        assertEquals(Delivery.SENT, router.send(dm, new QuizRevealReply(new QuestionRef.QuizQuestion("q7", 1),
                RichText.builder().strong("A. 人口规模巨大").plain(" — Alice").build())));
        FakeDiscord.Call edit = discord.await("PATCH", p -> p.startsWith("/channels/" + FakeDiscord.DM_CHANNEL_ID
                + "/messages/"));
        assertEquals(0, edit.body().getArray("components").length(), "answer buttons removed");
        assertEquals(2, edit.body().getArray("embeds").length(), "question kept, reveal added");
        assertEquals("**A. 人口规模巨大** — Alice",
                edit.body().getArray("embeds").getObject(1).getString("description"));
    }

    @Test
    void directMessageMentioningTheBotIsAQuestion() throws Exception {
        discord.dispatch("MESSAGE_CREATE", "{\"id\":\"500000000000000001\",\"channel_id\":\""
                + FakeDiscord.DM_CHANNEL_ID + "\",\"author\":" + FakeDiscord.user() + ",\"content\":\"<@"
                + FakeDiscord.BOT_ID + "> 什么是现代化\",\"timestamp\":\"2026-03-01T08:00:00.000000+00:00\","
                + "\"edited_timestamp\":null,\"tts\":false,\"mention_everyone\":false,\"mentions\":["
                + FakeDiscord.selfUser() + "],\"mention_roles\":[],\"attachments\":[],\"embeds\":[],"
                + "\"pinned\":false,\"type\":0,\"flags\":0,\"components\":[]}");
        FakeDiscord.Call sent = discord.await("POST",
                p -> p.equals("/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"));
        assertEquals("中国式**现代化**是人口规模巨大的现代化。",
                sent.body().getArray("embeds").getObject(0).getString("description"));
        assertTrue(ASKED.contains("什么是现代化"), ASKED.toString());
    }

    /** A snowflake of now: JDA refuses to answer interactions older than 15 minutes. */
    static String freshId() {
        return Long.toUnsignedString(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()) + IDS.incrementAndGet());
    }

    static String interaction(String id, String token, int type, String data) {
        return "{\"id\":\"" + id + "\",\"application_id\":\"" + FakeDiscord.APP_ID + "\",\"type\":" + type
                + ",\"token\":\"" + token + "\",\"version\":1,\"channel_id\":\"" + FakeDiscord.DM_CHANNEL_ID
                + "\",\"channel\":{\"id\":\"" + FakeDiscord.DM_CHANNEL_ID + "\",\"type\":1,\"recipients\":["
                + FakeDiscord.selfUser() + "]},\"user\":" + FakeDiscord.user() + ",\"locale\":\"zh-CN\","
                + "\"context\":1,\"authorizing_integration_owners\":{\"0\":\"" + FakeDiscord.APP_ID + "\"},"
                + "\"entitlements\":[],\"app_permissions\":\"0\",\"data\":" + data
                + (type == 3 ? ",\"message\":{\"id\":\"200000000000000001\",\"channel_id\":\""
                + FakeDiscord.DM_CHANNEL_ID + "\",\"author\":" + FakeDiscord.selfUser() + ",\"content\":\"\","
                + "\"timestamp\":\"2026-03-01T08:00:00.000000+00:00\",\"edited_timestamp\":null,\"tts\":false,"
                + "\"mention_everyone\":false,\"mentions\":[],\"mention_roles\":[],\"attachments\":[],"
                + "\"embeds\":[],\"pinned\":false,\"type\":0,\"flags\":0,\"components\":[]}" : "")
                + "}";
    }

    /** A dispatcher whose question command and answer handler record what reached them. */
    static Dispatcher dispatcher() {
        ActionHandler<Action.Answer> quiz = new ActionHandler<>() {
            @Override
            public Class<Action.Answer> kind() {
                return Action.Answer.class;
            }

            @Override
            public List<Reply> handle(Action.Answer answer, Origin origin, ChatSettings settings,
                                      Messages messages) {
                PRESSED.add(ActionCodec.encode(answer));
                return List.of(AnswerNotice.accepted("answer recorded"));
            }
        };
        return new Dispatcher(List.of(new RecordingAsk("ask", "/ask ")), new RecordingAsk("question", ""),
                List.of(quiz), List.of(), new InMemoryChatSettingsStore(),
                new RateLimiter(100, Duration.ofMinutes(1), CLOCK), Messages.all());
    }

    /** Records the question it got (with a prefix telling a command from a plain message) and answers it. */
    private record RecordingAsk(String name, String prefix) implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.named(name).parameter(AskCommand.QUESTION).usage(Phrase.of("ask.empty")).build();
        }

        @Override
        public List<Reply> run(CommandRequest request) {
            ASKED.add(prefix + request.arguments().value(AskCommand.QUESTION));
            return List.of(new TextReply(RichText.builder().plain("中国式").match("现代化")
                    .plain("是人口规模巨大的现代化。").newline().muted("—— 《报告》第 3 段").build(),
                    List.of(new Button("更多", new Action.More()))));
        }
    }
}
