package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.StudyBotCore;
import dev.studybot.chat.Messages;
import dev.studybot.model.ChatId;
import dev.studybot.model.Language;
import dev.studybot.quiz.Question;
import dev.studybot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JDA and the whole core in a server (guild) text channel of the fake Discord: the admin check of
 * {@code /daily on} (Discord only hides admin commands in the client, so the bot checks Manage Server itself), a
 * message that mentions the bot, and a quiz that two members answer with buttons before the clock reveals it.
 */
@Tag("slow") // end to end: the real JDA and core against a fake Discord
class DiscordGuildEndToEndTest {

    /** Alice: @everyone only. */
    private static final String ALICE = FakeDiscord.member(FakeDiscord.user());
    /** Bob: also in the role with Manage Server. */
    private static final String BOB = FakeDiscord.member(FakeDiscord.admin(), FakeDiscord.ADMIN_ROLE_ID);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private RealCoreDiscord connection;
    private FakeDiscord discord;
    private StudyBotCore core;
    private DiscordBot bot;
    private Messages zh;

    @BeforeEach
    void connect(@TempDir Path data) throws Exception {
        connection = new RealCoreDiscord(clock, data);
        discord = connection.discord;
        core = connection.core;
        bot = connection.bot;
        zh = core.dispatcher().messages(Language.ZH);
        TextChannel channel = cachedChannel();
        assertNotNull(channel, "the server's channel is cached");
        assertTrue(channel.canTalk(), "the bot's role lets it send in the channel");
    }

    /** Waits until JDA has set the server up from GUILD_CREATE (it is connected only then) and returns its channel. */
    private TextChannel cachedChannel() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JDA shard = bot.shards().getShardById(0);
            if (shard != null && shard.getStatus() == JDA.Status.CONNECTED) {
                return bot.shards().getTextChannelById(FakeDiscord.GUILD_CHANNEL_ID);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server's channel was never cached; calls: " + discord.seen());
    }

    @AfterEach
    void disconnect() throws Exception {
        connection.close();
    }

    @Test
    void registersTheCoresCommandsGloballyWithChineseDescriptionsAndAdminDefaults() throws Exception {
        FakeDiscord.Call registration = discord.await("PUT",
                p -> p.equals("/applications/" + FakeDiscord.APP_ID + "/commands"));
        DataArray commands = DataArray.fromJson(registration.raw());
        assertEquals(13, commands.length(), "the core's listed commands, /hint and /week included");
        DataObject ask = null;
        for (int i = 0; i < commands.length(); i++) {
            DataObject command = commands.getObject(i);
            if (command.getString("name").equals("ask")) {
                ask = command;
            }
            String permissions = command.isNull("default_member_permissions") ? null
                    : command.getString("default_member_permissions");
            // 32 is Manage Server: only the admin-facing /daily and /use are closed by default (/quiz start must
            // stay open to all).
            boolean adminFacing = Set.of("daily", "use").contains(command.getString("name"));
            assertEquals(adminFacing ? "32" : null, permissions, command.getString("name"));
        }
        assertNotNull(ask);
        assertEquals("在文件中查找答案", ask.getObject("description_localizations").getString("zh-CN"));
        assertEquals("Find the answer in the documents", ask.getString("description"));
    }

    @Test
    void dailyOnIsRefusedWithoutManageServerAndAcceptedWithIt() throws Exception {
        String dailyOn = "{\"id\":\"400000000000000003\",\"name\":\"daily\",\"type\":1,\"options\":"
                + "[{\"name\":\"on\",\"type\":1,\"options\":[]}]}";
        discord.dispatch("INTERACTION_CREATE", interaction("tok-alice-daily", 2, dailyOn, ALICE,
                FakeDiscord.EVERYONE_PERMISSIONS));
        FakeDiscord.Call refused = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-alice-daily")), 1);
        assertTrue(refused.raw().contains(zh.get("daily.adminOnly")), refused.raw());
        assertEquals(64, refused.body().getInt("flags", 0) & 64, "a refusal is for Alice alone");
        discord.awaitSeen("DELETE", c -> c.path().equals(webhook("tok-alice-daily") + "/messages/@original"), 1);
        ChatId channel = new ChatId(DiscordOrigins.PLATFORM, FakeDiscord.GUILD_CHANNEL_ID);
        assertTrue(core.daily().subscription(channel).isEmpty(), "a refusal changes nothing");

        discord.dispatch("INTERACTION_CREATE", interaction("tok-bob-daily", 2, dailyOn, BOB,
                FakeDiscord.EVERYONE_PERMISSIONS | FakeDiscord.ADMIN_PERMISSIONS));
        FakeDiscord.Call accepted = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-bob-daily")), 1);
        String turnedOn = zh.get("daily.on.new", "\u0000", "\u0000", "\u0000").split("\u0000")[0];
        assertTrue(accepted.raw().contains(turnedOn), accepted.raw());
        assertFalse(accepted.raw().contains(zh.get("daily.adminOnly")), accepted.raw());

        // The excerpt is posted in the channel where /daily on ran, at 08:00 Beijing time the next day.
        clock.advance(Duration.ofHours(16));
        assertEquals(1, core.daily().tick());
        String header = zh.get("daily.header", "\u0000").split("\u0000")[0];
        FakeDiscord.Call excerpt = discord.awaitSeen("POST", c -> c.path().equals(channelMessages()), 1);
        assertTrue(excerpt.raw().contains(header), excerpt.raw());

        // The question of the day follows, with its buttons (or a menu); Alice answers, privately acknowledged.
        FakeDiscord.Call question = discord.awaitSeen("POST", c -> c.path().equals(channelMessages())
                && hasComponents(c), 1);
        assertTrue(question.raw().contains(zh.get("daily.quiz.heading")), question.raw());
        DataObject control = question.body().getArray("components").getObject(0).getArray("components")
                .getObject(0);
        String choice = control.getString("custom_id");
        assertTrue(choice.matches("daily:\\d{8}:\\d?"), choice);
        String pressed = control.getInt("type") == 3
                ? "{\"custom_id\":\"" + choice + "\",\"component_type\":3,\"values\":[\"0\"]}"
                : "{\"custom_id\":\"" + choice + "\",\"component_type\":2}";
        discord.dispatch("INTERACTION_CREATE", interaction("tok-alice-answer", 3, pressed, ALICE,
                FakeDiscord.EVERYONE_PERMISSIONS));
        FakeDiscord.Call ack = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-alice-answer")), 1);
        assertEquals(zh.get("daily.answer.recorded"), ack.body().getString("content"));
        assertEquals(64, ack.body().getInt("flags") & 64, "only Alice sees it");

        // The next day's excerpt comes after the reveal, which names who answered; the old buttons are removed.
        clock.set(core.daily().subscription(channel).orElseThrow().nextDue());
        assertEquals(1, core.daily().tick());
        FakeDiscord.Call reveal = discord.awaitSeen("POST", c -> c.path().equals(channelMessages())
                && c.raw().contains("1 人作答"), 1);
        assertTrue(reveal.raw().contains("答案"), reveal.raw());
        FakeDiscord.Call closed = discord.awaitSeen("PATCH", c -> c.path().startsWith(channelMessages() + "/"), 1);
        assertEquals(0, closed.body().getArray("components").length(), "the question's buttons removed");

        // After the seventh delivery the next day brings the week as a picture attached to an embed.
        for (int day = 3; day <= 8; day++) {
            clock.set(core.daily().subscription(channel).orElseThrow().nextDue());
            assertEquals(1, core.daily().tick(), "day " + day);
        }
        FakeDiscord.Call week = discord.awaitSeen("POST", c -> c.path().equals(channelMessages())
                && c.raw().contains("week.png"), 1);
        assertTrue(week.raw().contains("attachment://week.png"), "the embed shows the attached picture");
        assertTrue(week.raw().contains("PNG"), "the picture itself is uploaded");
        assertTrue(week.raw().contains("本周学习"), "the figures in words");
    }

    @Test
    void aMessageThatMentionsTheBotIsAnsweredInTheChannel() throws Exception {
        discord.dispatch("MESSAGE_CREATE", "{\"id\":\"500000000000000002\",\"channel_id\":\""
                + FakeDiscord.GUILD_CHANNEL_ID + "\",\"guild_id\":\"" + FakeDiscord.GUILD_ID + "\",\"author\":"
                + FakeDiscord.user() + ",\"member\":{\"roles\":[],\"joined_at\":\"2026-01-01T00:00:00.000000+00:00\","
                + "\"deaf\":false,\"mute\":false,\"flags\":0},\"content\":\"<@" + FakeDiscord.BOT_ID
                + "> 什么是中国式现代化\",\"timestamp\":\"2026-03-01T08:00:00.000000+00:00\",\"edited_timestamp\":null,"
                + "\"tts\":false,\"mention_everyone\":false,\"mentions\":[" + FakeDiscord.selfUser()
                + "],\"mention_roles\":[],\"attachments\":[],\"embeds\":[],\"pinned\":false,\"type\":0,\"flags\":0,"
                + "\"components\":[]}");
        FakeDiscord.Call answer = discord.awaitSeen("POST", c -> c.path().equals(channelMessages()), 1);
        DataObject embed = answer.body().getArray("embeds").getObject(0);
        assertTrue(embed.getString("description").contains("现代化"), embed.toString());
        assertTrue(embed.getObject("footer").getString("text").contains("《"), "the source: " + embed);
    }

    @Test
    void aQuizInTheChannelIsAnsweredByTwoMembersAndRevealedWhenTheTimeIsUp() throws Exception {
        discord.dispatch("INTERACTION_CREATE", interaction("tok-quiz", 2, "{\"id\":\"400000000000000009\","
                + "\"name\":\"quiz\",\"type\":1,\"options\":[{\"name\":\"start\",\"type\":1,\"options\":[{\"name\":"
                + "\"count\",\"type\":4,\"value\":2},{\"name\":\"seconds\",\"type\":4,\"value\":10}]}]}", ALICE,
                FakeDiscord.EVERYONE_PERMISSIONS));
        FakeDiscord.Call question = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-quiz"))
                && hasComponents(c), 1);
        DataArray controls = question.body().getArray("components").getObject(0).getArray("components");
        // Bob picks the right option(s), Alice a wrong one (the test's own look into the question bank); a
        // multiple-choice question has one select menu instead of a button per option.
        List<Integer> rightOnes = questionAsked(question).answers();
        int right = rightOnes.get(0);
        int wrong = java.util.stream.IntStream.range(0, 10).filter(i -> !rightOnes.contains(i)).findFirst()
                .orElseThrow();
        boolean menu = controls.getObject(0).getInt("type") == SELECT_MENU;
        String aliceClick = choice(controls.getObject(menu ? 0 : wrong), List.of(wrong));
        String bobClick = choice(controls.getObject(menu ? 0 : right), rightOnes);
        String aliceChoice = controls.getObject(menu ? 0 : wrong).getString("custom_id");
        assertTrue(aliceChoice.matches("quiz:q\\w+:1:" + (menu ? "" : wrong)), aliceChoice);
        String quizId = aliceChoice.split(":")[1];

        discord.dispatch("INTERACTION_CREATE", interaction("tok-alice", 3, aliceClick, ALICE,
                FakeDiscord.EVERYONE_PERMISSIONS));
        discord.dispatch("INTERACTION_CREATE", interaction("tok-bob", 3, bobClick, BOB,
                FakeDiscord.EVERYONE_PERMISSIONS | FakeDiscord.ADMIN_PERMISSIONS));
        // Both recorded, in whichever order they ran: in a server the first answer does not close the question.
        for (String token : List.of("tok-alice", "tok-bob")) {
            FakeDiscord.Call ack = discord.awaitSeen("POST", c -> c.path().startsWith(webhook(token)), 1);
            assertEquals(zh.get("quiz.recorded"), ack.body().getString("content"), token);
            assertEquals(64, ack.body().getInt("flags") & 64, "only the member who clicked sees it");
        }

        clock.advance(Duration.ofSeconds(10));
        core.quiz().tick(clock.instant());
        FakeDiscord.Call reveal = discord.awaitSeen("PATCH", c -> c.path().startsWith(webhook("tok-quiz")
                + "/messages/"), 1);
        assertEquals(0, reveal.body().getArray("components").length(), "answer buttons removed");
        String revealText = reveal.body().getArray("embeds").getObject(1).getString("description");
        String title = zh.get("quiz.reveal.title", 1, 2, "\u0000").split("\u0000")[0];
        String letter = String.valueOf((char) ('A' + right));
        assertTrue(revealText.contains(title + letter + ". "), "the right answer is " + letter + ": " + revealText);
        String bobRight = zh.get("quiz.reveal.right", "Bob", 1, 2);
        assertTrue(revealText.contains(bobRight), "expected «" + bobRight + "» in " + revealText);

        // The next question is posted in the channel itself (the bot's own permissions), with its buttons.
        FakeDiscord.Call next = discord.awaitSeen("POST", c -> c.path().equals(channelMessages())
                && hasComponents(c), 1);
        String nextChoice = next.body().getArray("components").getObject(0).getArray("components").getObject(0)
                .getString("custom_id");
        assertTrue(nextChoice.startsWith("quiz:" + quizId + ":2:"), nextChoice);

        clock.advance(Duration.ofSeconds(10));
        core.quiz().tick(clock.instant());
        FakeDiscord.Call secondReveal = discord.awaitSeen("PATCH", c -> c.path().startsWith(channelMessages()
                + "/"), 1);
        assertEquals(0, secondReveal.body().getArray("components").length());
        FakeDiscord.Call ranking = discord.awaitSeen("POST", c -> c.path().equals(channelMessages())
                && c.raw().contains(zh.get("quiz.ranking.title")), 1);
        assertTrue(ranking.raw().contains("Bob"), ranking.raw());
    }

    @Test
    void aHintIsShownToTheMemberAloneAndARightAnswerAfterItEarnsHalfThePoints() throws Exception {
        discord.dispatch("INTERACTION_CREATE", interaction("tok-quiz", 2, "{\"id\":\"400000000000000009\","
                + "\"name\":\"quiz\",\"type\":1,\"options\":[{\"name\":\"start\",\"type\":1,\"options\":[{\"name\":"
                + "\"count\",\"type\":4,\"value\":1},{\"name\":\"seconds\",\"type\":4,\"value\":30}]}]}", ALICE,
                FakeDiscord.EVERYONE_PERMISSIONS));
        FakeDiscord.Call question = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-quiz"))
                && hasComponents(c), 1);
        DataArray rows = question.body().getArray("components");
        DataObject hintButton = rows.getObject(rows.length() - 1).getArray("components").getObject(0);
        String hintId = hintButton.getString("custom_id");
        assertTrue(hintId.matches("hint:q\\w+:1"), "the last row is the hint button: " + hintId);
        assertEquals(zh.get("quiz.hint.button"), hintButton.getString("label"));
        Question asked = questionAsked(question);

        // Bob presses the hint button: the hint is deferred and shown to him alone.
        discord.dispatch("INTERACTION_CREATE", interaction("tok-bob-hint", 3, "{\"custom_id\":\"" + hintId
                + "\",\"component_type\":2}", BOB, FakeDiscord.EVERYONE_PERMISSIONS | FakeDiscord.ADMIN_PERMISSIONS));
        FakeDiscord.Call deferred = discord.awaitSeen("POST", c -> c.path().endsWith("/tok-bob-hint/callback"), 1);
        assertEquals(64, deferred.body().getObject("data").getInt("flags") & 64, "deferred privately");
        FakeDiscord.Call hint = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-bob-hint")), 1);
        assertEquals(64, hint.body().getInt("flags") & 64, "only Bob sees the hint");
        String shown = hint.body().getString("content");
        assertTrue(shown.contains(zh.get("quiz.hint.title", 1, 1)) && shown.contains("\\_\\_\\_\\_"), shown);
        for (int right : asked.answers()) {
            assertFalse(shown.contains(DiscordMarkdown.escape(asked.options().get(right))),
                    "the answer shows: " + shown);
        }

        DataArray controls = rows.getObject(0).getArray("components");
        boolean menu = controls.getObject(0).getInt("type") == SELECT_MENU;
        String rightClick = choice(controls.getObject(menu ? 0 : asked.answers().get(0)), asked.answers());
        discord.dispatch("INTERACTION_CREATE", interaction("tok-bob", 3, rightClick, BOB,
                FakeDiscord.EVERYONE_PERMISSIONS | FakeDiscord.ADMIN_PERMISSIONS));
        discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-bob")), 1);
        discord.dispatch("INTERACTION_CREATE", interaction("tok-alice", 3, rightClick, ALICE,
                FakeDiscord.EVERYONE_PERMISSIONS));
        discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-alice")), 1);

        // /hint after answering: refused, and privately too (the slash command is deferred ephemeral).
        discord.dispatch("INTERACTION_CREATE", interaction("tok-alice-hint", 2, "{\"id\":\"400000000000000011\","
                + "\"name\":\"hint\",\"type\":1}", ALICE, FakeDiscord.EVERYONE_PERMISSIONS));
        FakeDiscord.Call slash = discord.awaitSeen("POST", c -> c.path().endsWith("/tok-alice-hint/callback"), 1);
        assertEquals(64, slash.body().getObject("data").getInt("flags") & 64, "/hint is deferred privately");
        FakeDiscord.Call refused = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-alice-hint")), 1);
        assertEquals(zh.get("quiz.hint.answered"), refused.body().getString("content"));
        assertEquals(64, refused.body().getInt("flags") & 64);

        clock.advance(Duration.ofSeconds(30));
        core.quiz().tick(clock.instant());
        FakeDiscord.Call ranking = discord.awaitSeen("POST", c -> c.path().equals(channelMessages())
                && c.raw().contains(zh.get("quiz.ranking.title")), 1);
        assertTrue(ranking.raw().contains("Alice — 15") && ranking.raw().contains("Bob — 8"),
                "Bob had a hint: half the points; " + ranking.raw());
        assertTrue(discord.seen().stream().filter(c -> !c.path().startsWith(webhook("tok-bob-hint")))
                .noneMatch(c -> c.raw().contains(zh.get("quiz.hint.title", 1, 1))), "the hint went nowhere else");
    }

    /** Discord's component type of a string select menu. */
    private static final int SELECT_MENU = 3;

    /**
     * The interaction data of answering with a control: a click of an option's button, or the selection of
     * {@code indexes} in a multiple-choice question's select menu.
     */
    static String choice(DataObject control, List<Integer> indexes) {
        String id = control.getString("custom_id");
        if (control.getInt("type") != SELECT_MENU) {
            return "{\"custom_id\":\"" + id + "\",\"component_type\":2}";
        }
        return "{\"custom_id\":\"" + id + "\",\"component_type\":3,\"values\":["
                + String.join(",", indexes.stream().map(i -> "\"" + i + "\"").toList()) + "]}";
    }

    /** The question of the bundled document that a posted quiz message asks. */
    private Question questionAsked(FakeDiscord.Call message) {
        String description = message.body().getArray("embeds").getObject(0).getString("description");
        List<Question> pool = core.questions().pool(Set.of());
        Question q = pool.stream().filter(p -> description.contains(DiscordMarkdown.escape(p.prompt()))).findFirst()
                .orElseThrow(() -> new AssertionError("no question in " + description));
        // A draw moves options (AnswerPositions): their places are the posted message's lines, "**B.** option".
        List<String> shown = new java.util.ArrayList<>(q.options());
        shown.sort(java.util.Comparator.comparingInt(o -> description.indexOf(".** " + DiscordMarkdown.escape(o)
                + "\n")));
        List<Integer> answers = q.answers().stream().map(i -> shown.indexOf(q.options().get(i))).sorted().toList();
        return new Question(q.id(), q.type(), q.prompt(), shown, answers, q.explanation(), q.source());
    }

    private static boolean hasComponents(FakeDiscord.Call call) {
        return call.body().hasKey("components") && !call.body().getArray("components").isEmpty();
    }

    /** An interaction in the server's channel, by a member with the given roles and permissions there. */
    private static String interaction(String token, int type, String data, String member, long permissions) {
        DataObject json = DataObject.fromJson(DiscordEndToEndTest.interaction(DiscordEndToEndTest.freshId(), token,
                type, data));
        json.remove("user");
        json.put("guild_id", FakeDiscord.GUILD_ID).put("channel_id", FakeDiscord.GUILD_CHANNEL_ID)
                .put("guild_locale", "zh-CN").put("context", 0)
                .put("guild", DataObject.fromJson("{\"id\":\"" + FakeDiscord.GUILD_ID + "\",\"locale\":\"zh-CN\","
                        + "\"features\":[]}"))
                .put("channel", DataObject.fromJson("{\"id\":\"" + FakeDiscord.GUILD_CHANNEL_ID + "\",\"type\":0,"
                        + "\"guild_id\":\"" + FakeDiscord.GUILD_ID + "\",\"name\":\"study\",\"position\":0,"
                        + "\"permission_overwrites\":[],\"nsfw\":false,\"permissions\":\"" + permissions + "\"}"))
                .put("member", DataObject.fromJson(member).put("permissions", Long.toString(permissions)))
                .put("app_permissions", Long.toString(FakeDiscord.EVERYONE_PERMISSIONS | FakeDiscord.BOT_PERMISSIONS))
                .put("authorizing_integration_owners", DataObject.empty().put("0", FakeDiscord.GUILD_ID));
        json.optObject("message").ifPresent(message -> message.put("channel_id", FakeDiscord.GUILD_CHANNEL_ID)
                .put("guild_id", FakeDiscord.GUILD_ID));
        return json.toString();
    }

    private static String webhook(String token) {
        return "/webhooks/" + FakeDiscord.APP_ID + "/" + token;
    }

    private static String channelMessages() {
        return "/channels/" + FakeDiscord.GUILD_CHANNEL_ID + "/messages";
    }
}
