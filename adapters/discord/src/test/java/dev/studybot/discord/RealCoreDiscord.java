package dev.studybot.discord;

import dev.studybot.StudyBotCore;
import dev.studybot.document.LibraryLoader;
import dev.studybot.store.jdbc.Database;
import dev.studybot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.utils.Compression;

/**
 * The real core (bundled report, seeded random, timers off) connected through the real JDA to a {@link FakeDiscord}
 * on 127.0.0.1: what the end-to-end tests start before each test and close after it.
 */
final class RealCoreDiscord implements AutoCloseable {

    final FakeDiscord discord;
    final StudyBotCore core;
    final DiscordBot bot;

    RealCoreDiscord(MutableClock clock, Path data) throws Exception {
        discord = new FakeDiscord();
        core = StudyBotCore.builder(new LibraryLoader().load(List.of()), Database.sqlite(data.resolve("db")))
                .clock(clock).random(new Random(11)).questionsPerMinute(1_000).build();
        DiscordSettings settings = new DiscordSettings("test-token-not-secret", Optional.empty(),
                Optional.of(discord.apiUrl()), Optional.of(discord.gatewayUrl()));
        bot = DiscordLauncher.start(settings, core.dispatcher(), core.messenger(), clock, builder -> builder
                .setCompression(Compression.NONE).setGatewayEncoding(GatewayEncoding.JSON));
        discord.awaitReady();
    }

    @Override
    public void close() throws Exception {
        bot.closeNow();
        discord.close();
        bot.awaitShutdown(Duration.ofSeconds(10));
        core.close();
    }
}
