package dev.studybot.app;

import dev.studybot.discord.DiscordLauncher;
import dev.studybot.discord.DiscordSettings;
import dev.studybot.discord.ShardRange;
import dev.studybot.store.ExclusiveLocks.Claim;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts the Discord adapter from the configuration (when {@code DISCORD_TOKEN} is set), in the process that holds
 * its shards among those on the database: one lock per shard of {@code DISCORD_SHARDS} ({@code discord-shard-2-of-4})
 * with the all-shards lock shared, or the all-shards lock alone without it. A process configured with shards another holds waits to take them over.
 */
final class DiscordRun {

    static final String ALL_SHARDS = "discord-all-shards";

    private DiscordRun() {
    }

    /**
     * The locks of a shard range: the all-shards lock shared with the other ranges, then one per shard; without a
     * range, the all-shards lock alone, so that a process running every shard never runs beside one running some.
     */
    static List<Claim> locks(Optional<ShardRange> shards) {
        return shards.map(range -> Stream.concat(Stream.of(Claim.sharedBy(ALL_SHARDS)), range.shards().stream()
                        .map(shard -> Claim.exclusive("discord-shard-" + shard + "-of-" + range.total()))).toList())
                .orElse(List.of(Claim.exclusive(ALL_SHARDS)));
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
