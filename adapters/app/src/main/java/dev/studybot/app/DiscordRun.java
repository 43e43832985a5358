package dev.studybot.app;

import dev.studybot.discord.DiscordLauncher;
import dev.studybot.discord.DiscordSettings;
import dev.studybot.discord.ShardRange;
import java.time.Clock;
import java.util.List;

/**
 * Starts the Discord adapter from the configuration (when {@code DISCORD_TOKEN} is set), in the process that holds
 * its shards among those on the database: one lock per shard of {@code DISCORD_SHARDS} ({@code discord-shard-2-of-4}),
 * or one for all shards without it. A process configured with shards another holds waits to take them over.
 */
final class DiscordRun {

    private DiscordRun() {
    }

    /** The locks of a shard range. */
    static List<String> locks(java.util.Optional<ShardRange> shards) {
        return shards.map(range -> range.shards().stream()
                        .map(shard -> "discord-shard-" + shard + "-of-" + range.total()).toList())
                .orElse(List.of("discord-all-shards"));
    }

    /** Connects the core to Discord once this process holds its shards; closing disconnects and releases them. */
    static HeldService start(Config config, CoreAssembly core, Clock clock) {
        DiscordSettings settings = new DiscordSettings(config.discordToken().orElseThrow(), config.discordGuildId(),
                config.discordApiUrl(), config.discordGatewayUrl(), config.discordShards());
        HeldService held = new HeldService("discord", core.database().locks(), locks(config.discordShards()),
                () -> DiscordLauncher.start(settings, core.dispatcher(), core.messenger(), clock, config.access()),
                config.takeoverCheck());
        held.start();
        return held;
    }
}
