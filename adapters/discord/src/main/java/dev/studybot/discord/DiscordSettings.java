package dev.studybot.discord;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Discord. The token is kept out of {@link #toString()} so that it never reaches a log.
 *
 * @param token      the bot token ({@code DISCORD_TOKEN})
 * @param guildId    register the commands on this server only ({@code DISCORD_GUILD_ID}), else globally
 * @param apiUrl     the REST base URL, e.g. {@code https://proxy.example/api/v10/} ({@code DISCORD_API_URL})
 * @param gatewayUrl the gateway URL, e.g. {@code wss://proxy.example/} ({@code DISCORD_GATEWAY_URL})
 * @param shards     the shards this process runs ({@code DISCORD_SHARDS}); empty: all of them, as many as Discord
 *                   recommends
 */
public record DiscordSettings(String token, Optional<String> guildId, Optional<String> apiUrl,
                              Optional<String> gatewayUrl, Optional<ShardRange> shards) {

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(shards, "shards");
        guildId = guildId.map(String::strip).filter(s -> !s.isEmpty());
        apiUrl = apiUrl.map(DiscordSettings::withSlash);
        gatewayUrl = gatewayUrl.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Settings that run every shard (no {@code DISCORD_SHARDS}). */
    public DiscordSettings(String token, Optional<String> guildId, Optional<String> apiUrl,
                           Optional<String> gatewayUrl) {
        this(token, guildId, apiUrl, gatewayUrl, Optional.empty());
    }

    private static String withSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u : u + "/";
    }

    @Override
    public String toString() {
        return "DiscordSettings[guild=" + guildId.orElse("global") + ", api=" + apiUrl.orElse("default")
                + ", gateway=" + gatewayUrl.orElse("default") + ", shards=" + shards.map(ShardRange::toString)
                .orElse("all") + "]";
    }
}
