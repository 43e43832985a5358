package dev.studybot.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * What the adapter needs to connect: the bot token and the Bot API server. Never prints the token.
 *
 * @param token       the token @BotFather gave ({@code TELEGRAM_TOKEN})
 * @param apiUrl      the Bot API server: Telegram's, or a self-hosted one ({@code TELEGRAM_API_URL})
 * @param sleeper     how to wait out a 429
 * @param pollTimeout how long one getUpdates long poll may wait for updates
 */
public record TelegramSettings(String token, TelegramUrl apiUrl, Sleeper sleeper, Duration pollTimeout) {

    /** Telegram's token shape: the bot's id, a colon, a secret. */
    private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    public TelegramSettings {
        if (token == null || !TOKEN.matcher(token).matches()) {
            // Not echoing it: a mistyped token is still mostly a secret.
            throw new IllegalArgumentException("TELEGRAM_TOKEN does not look like a bot token (digits:letters); "
                    + "copy it again from @BotFather");
        }
    }

    /** Settings from the environment's values: the token and an optional server URL. */
    public static TelegramSettings of(String token, Optional<String> apiUrl) {
        return new TelegramSettings(token, apiUrl.map(TelegramSettings::parseUrl).orElse(TelegramUrl.DEFAULT_URL),
                Sleeper.SYSTEM, Duration.ofSeconds(50));
    }

    /**
     * A Bot API server's address such as {@code http://127.0.0.1:8081} or {@code https://bot.example.org}; the
     * port defaults to the scheme's.
     */
    public static TelegramUrl parseUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("TELEGRAM_API_URL must look like https://host[:port], not " + url);
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return TelegramUrl.builder().schema(scheme).host(uri.getHost()).port(port).build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("TELEGRAM_API_URL is not a URL: " + url, e);
        }
    }

    @Override
    public String toString() {
        return "TelegramSettings[api=" + apiUrl.getSchema() + "://" + apiUrl.getHost() + ":" + apiUrl.getPort() + "]";
    }
}
