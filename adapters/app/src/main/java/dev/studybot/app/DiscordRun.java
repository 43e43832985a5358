package dev.studybot.app;

import dev.studybot.discord.DiscordBot;
import dev.studybot.discord.DiscordLauncher;
import dev.studybot.discord.DiscordSettings;
import java.time.Clock;

/** Starts the Discord adapter from the configuration (when {@code DISCORD_TOKEN} is set). */
final class DiscordRun {

    private DiscordRun() {
    }

    /** Connects the core to Discord; the returned bot disconnects when closed. */
    static DiscordBot start(Config config, CoreAssembly core, Clock clock) {
        DiscordSettings settings = new DiscordSettings(config.discordToken().orElseThrow(), config.discordGuildId(),
                config.discordApiUrl(), config.discordGatewayUrl());
        return DiscordLauncher.start(settings, core.dispatcher(), core.messenger(), clock, config.access());
    }
}
