package dev.studybot.discord;

import dev.studybot.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.StudyBotCore;
import dev.studybot.chat.Messages;
import dev.studybot.model.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JDA against the fake Discord, wired to the whole core ({@link StudyBotCore}) on a clock the test moves:
 * a quiz started with {@code /quiz start}, answered with a button, refused on a second click, revealed in place.
 */
@Tag("slow") // end to end: the real JDA and core against a fake Discord
class DiscordQuizEndToEndTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private RealCoreDiscord connection;
    private FakeDiscord discord;
    private StudyBotCore core;

    @BeforeEach
    void connect(@TempDir Path data) throws Exception {
        connection = new RealCoreDiscord(clock, data);
        discord = connection.discord;
        core = connection.core;
    }

    @AfterEach
    void disconnect() throws Exception {
        connection.close();
    }

    @Test
    void aQuizIsAnsweredWithButtonsAcknowledgedPrivatelyAndRevealedInPlace() throws Exception {
        Messages zh = core.dispatcher().messages(Language.ZH);
        discord.dispatch("INTERACTION_CREATE", DiscordEndToEndTest.interaction(DiscordEndToEndTest.freshId(),
                "tok-quiz", 2, "{\"id\":\"400000000000000009\",\"name\":\"quiz\",\"type\":1,\"options\":[{\"name\":"
                        + "\"start\",\"type\":1,\"options\":[{\"name\":\"count\",\"type\":4,\"value\":2},"
                        + "{\"name\":\"seconds\",\"type\":4,\"value\":10}]}]}"));
        FakeDiscord.Call question = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-quiz"))
                && c.body().hasKey("components") && !c.body().getArray("components").isEmpty(), 1);
        // The first control: the first option's button, or for a multiple-choice question the select menu.
        DataObject control = question.body().getArray("components").getObject(0).getArray("components").getObject(0);
        String firstChoice = control.getString("custom_id");
        assertTrue(firstChoice.matches("quiz:q\\w+:1:(0)?"), firstChoice);
        String quizId = firstChoice.split(":")[1];
        String click = DiscordGuildEndToEndTest.choice(control, List.of(0));

        discord.dispatch("INTERACTION_CREATE", DiscordEndToEndTest.interaction(DiscordEndToEndTest.freshId(),
                "tok-click", 3, click));
        FakeDiscord.Call ack = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-click")), 1);
        assertEquals(zh.get("quiz.recorded"), ack.body().getString("content"));
        assertEquals(64, ack.body().getInt("flags") & 64, "only the member who clicked sees it");
        // A direct message is a one-player quiz: the answer closes the question at once.
        FakeDiscord.Call reveal = discord.awaitSeen("PATCH", c -> c.path().startsWith(webhook("tok-quiz")
                + "/messages/"), 1);
        assertEquals(0, reveal.body().getArray("components").length(), "answer buttons removed");
        assertEquals(2, reveal.body().getArray("embeds").length(), "question kept, reveal added");
        FakeDiscord.Call next = discord.awaitSeen("POST", c -> c.path().equals(channelMessages())
                && c.body().hasKey("components") && !c.body().getArray("components").isEmpty(), 1);
        String secondChoice = next.body().getArray("components").getObject(0).getArray("components").getObject(0)
                .getString("custom_id");
        // A button ("…:2:0") or, for a multiple-choice question, the select menu ("…:2:").
        assertTrue(secondChoice.startsWith("quiz:" + quizId + ":2:"), secondChoice);

        discord.dispatch("INTERACTION_CREATE", DiscordEndToEndTest.interaction(DiscordEndToEndTest.freshId(),
                "tok-again", 3, click));
        FakeDiscord.Call again = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-again")), 1);
        assertEquals(zh.get("quiz.closed"), again.body().getString("content"));
        assertEquals(64, again.body().getInt("flags") & 64, "the refusal is private too");

        clock.advance(Duration.ofSeconds(10));
        core.quiz().tick(clock.instant());
        FakeDiscord.Call secondReveal = discord.awaitSeen("PATCH", c -> c.path().startsWith(channelMessages()
                + "/"), 1);
        assertEquals(0, secondReveal.body().getArray("components").length());
        DataObject revealEmbed = secondReveal.body().getArray("embeds").getObject(1);
        assertTrue(revealEmbed.getString("description").contains(zh.get("quiz.reveal.noAnswers")),
                revealEmbed.toString());
        FakeDiscord.Call ranking = discord.awaitSeen("POST", c -> c.path().equals(channelMessages())
                && c.raw().contains(zh.get("quiz.ranking.title")), 1);
        assertTrue(ranking.raw().contains("Alice"), "the player is named: " + ranking.raw());
    }

    @Test
    void hintIsASlashCommandAnsweredPrivatelyWithTheBlankedSource() throws Exception {
        Messages zh = core.dispatcher().messages(Language.ZH);
        discord.dispatch("INTERACTION_CREATE", DiscordEndToEndTest.interaction(DiscordEndToEndTest.freshId(),
                "tok-quiz", 2, "{\"id\":\"400000000000000009\",\"name\":\"quiz\",\"type\":1,\"options\":[{\"name\":"
                        + "\"start\",\"type\":1,\"options\":[{\"name\":\"count\",\"type\":4,\"value\":1}]}]}"));
        discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-quiz")) && c.body().hasKey("components")
                && !c.body().getArray("components").isEmpty(), 1);

        discord.dispatch("INTERACTION_CREATE", DiscordEndToEndTest.interaction(DiscordEndToEndTest.freshId(),
                "tok-hint", 2, "{\"id\":\"400000000000000011\",\"name\":\"hint\",\"type\":1}"));
        FakeDiscord.Call deferred = discord.awaitSeen("POST", c -> c.path().endsWith("/tok-hint/callback"), 1);
        assertEquals(64, deferred.body().getObject("data").getInt("flags") & 64, "deferred privately");
        FakeDiscord.Call hint = discord.awaitSeen("POST", c -> c.path().startsWith(webhook("tok-hint")), 1);
        assertEquals(64, hint.body().getInt("flags") & 64);
        String shown = hint.body().getString("content");
        assertTrue(shown.contains(zh.get("quiz.hint.title", 1, 1)) && shown.contains("\\_\\_\\_\\_"), shown);
        int stored = core.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quiz_hints")
                .mapTo(Integer.class).one());
        assertEquals(1, stored, "the hint is stored");
    }

    private static String webhook(String token) {
        return "/webhooks/" + FakeDiscord.APP_ID + "/" + token;
    }

    private static String channelMessages() {
        return "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages";
    }
}
