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
 */
public record DiscordSettings(String token, Optional<String> guildId, Optional<String> apiUrl,
                              Optional<String> gatewayUrl) {

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        guildId = guildId.map(String::strip).filter(s -> !s.isEmpty());
        apiUrl = apiUrl.map(DiscordSettings::withSlash);
        gatewayUrl = gatewayUrl.map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String withSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u : u + "/";
    }

    @Override
    public String toString() {
        return "DiscordSettings[guild=" + guildId.orElse("global") + ", api=" + apiUrl.orElse("default")
                + ", gateway=" + gatewayUrl.orElse("default") + "]";
    }
}
