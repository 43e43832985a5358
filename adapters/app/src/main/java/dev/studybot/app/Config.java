package dev.studybot.app;

import dev.studybot.daily.DailyConfig;
import dev.studybot.discord.ShardRange;
import dev.studybot.search.BgeSmallZhEmbedder;
import dev.studybot.search.PassageEmbedder;
import dev.studybot.store.jdbc.DatabaseSettings;
import java.io.File;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import dev.studybot.model.Access;

/**
 * Every setting StudyBot reads from its environment, read in this one place. Secrets (tokens, the database
 * password) are kept out of {@link #toString()} so that they never reach a log.
 *
 * @param dataFolder        {@code STUDYBOT_DATA}: database and index (default {@code ./data})
 * @param libraryFolders    {@code STUDYBOT_LIBRARY}: more document folders, a path list
 * @param questionsPerMinute {@code STUDYBOT_RATE_LIMIT}: questions a member may ask a minute (default 10)
 * @param telegramToken     {@code TELEGRAM_TOKEN}
 * @param telegramApiUrl    {@code TELEGRAM_API_URL}: a self-hosted Bot API server
 * @param discordToken      {@code DISCORD_TOKEN}
 * @param discordGuildId    {@code DISCORD_GUILD_ID}: register commands on one server only
 * @param discordApiUrl     {@code DISCORD_API_URL}
 * @param discordGatewayUrl {@code DISCORD_GATEWAY_URL}
 * @param daily             {@code STUDYBOT_DAILY_GRACE} (default 6h), {@code STUDYBOT_DAILY_TICK} (30s),
 *                          {@code STUDYBOT_DAILY_RETRY} (10m), {@code STUDYBOT_DAILY_MAX_FAILURES} (3): daily excerpts
 * @param dense             {@code STUDYBOT_DENSE}: {@code on} (default) lets the in-process embedding model re-order
 *                          doubtful answers and decide abstentions; {@code off} searches on words alone
 * @param database          {@code STUDYBOT_DATABASE_URL} ({@code jdbc:postgresql://…}) with
 *                          {@code STUDYBOT_DATABASE_USER} and {@code STUDYBOT_DATABASE_PASSWORD}; unset, the SQLite
 *                          file {@code studybot.db} in the data folder
 * @param discordShards     {@code DISCORD_SHARDS}: the Discord shards this process runs ({@code 0-1/4}); unset, all
 * @param takeoverCheck     {@code STUDYBOT_TAKEOVER_CHECK}: how often a process waiting for Telegram or its Discord
 *                          shards tries to take them over, and a holder checks it still holds them (default 10s)
 * @param httpPort          {@code STUDYBOT_HTTP_PORT}: where {@code /healthz} and {@code /metrics} listen (none by
 *                          default)
 * @param access            {@code STUDYBOT_ALLOWED_CHATS} (chat and Discord server ids the bot serves; all when
 *                          empty) and {@code STUDYBOT_OWNER} (user ids that count as admins everywhere)
 */
public record Config(Path dataFolder, List<Path> libraryFolders, int questionsPerMinute,
                     Optional<String> telegramToken, Optional<String> telegramApiUrl,
                     Optional<String> discordToken, Optional<String> discordGuildId,
                     Optional<String> discordApiUrl, Optional<String> discordGatewayUrl, DailyConfig daily,
                     boolean dense, DatabaseSettings database, Optional<ShardRange> discordShards,
                     Duration takeoverCheck, OptionalInt httpPort, Access access) {

    public Config {
        libraryFolders = List.copyOf(libraryFolders);
    }

    /** The configuration of an environment (a map, for tests). */
    public static Config from(Map<String, String> env) {
        List<Path> library = new ArrayList<>();
        for (String part : value(env, "STUDYBOT_LIBRARY").orElse("").split(File.pathSeparator)) {
            if (!part.isBlank()) {
                library.add(Path.of(part.strip()));
            }
        }
        int perMinute = value(env, "STUDYBOT_RATE_LIMIT").map(t -> positiveInt("STUDYBOT_RATE_LIMIT", t))
                .orElse(10);
        Path data = Path.of(value(env, "STUDYBOT_DATA").orElse("data"));
        return new Config(data, library, perMinute,
                value(env, "TELEGRAM_TOKEN"), value(env, "TELEGRAM_API_URL"),
                value(env, "DISCORD_TOKEN"), value(env, "DISCORD_GUILD_ID"),
                value(env, "DISCORD_API_URL"), value(env, "DISCORD_GATEWAY_URL"), daily(env), dense(env),
                database(env, data), value(env, "DISCORD_SHARDS").map(ShardRange::parse),
                value(env, "STUDYBOT_TAKEOVER_CHECK").map(t -> duration("STUDYBOT_TAKEOVER_CHECK", t))
                        .filter(d -> !d.isZero()).orElse(Duration.ofSeconds(10)),
                httpPort(env), new Access(ids(env, "STUDYBOT_ALLOWED_CHATS"), ids(env, "STUDYBOT_OWNER")));
    }

    /** The database: PostgreSQL when {@code STUDYBOT_DATABASE_URL} names one, else SQLite in the data folder. */
    private static DatabaseSettings database(Map<String, String> env, Path data) {
        Optional<String> url = value(env, "STUDYBOT_DATABASE_URL");
        if (url.isEmpty()) {
            return DatabaseSettings.sqlite(data.resolve("studybot.db"));
        }
        return databaseAt(url.get(), env);
    }

    /**
     * The database a URL names: {@code jdbc:postgresql://…} with the user and password of
     * {@code STUDYBOT_DATABASE_USER} and {@code STUDYBOT_DATABASE_PASSWORD}, or {@code jdbc:sqlite:PATH} (also
     * written {@code sqlite:PATH}).
     */
    static DatabaseSettings databaseAt(String url, Map<String, String> env) {
        String u = url.strip();
        if (u.startsWith("sqlite:")) {
            return DatabaseSettings.sqlite(Path.of(u.substring("sqlite:".length())));
        }
        if (u.startsWith("jdbc:sqlite:")) {
            return DatabaseSettings.sqlite(Path.of(u.substring("jdbc:sqlite:".length())));
        }
        if (!u.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a database URL is jdbc:postgresql://host[:port]/database or "
                    + "sqlite:PATH, not " + (u.contains("?") ? u.substring(0, u.indexOf('?')) + "?…" : u));
        }
        return DatabaseSettings.postgresql(u, value(env, "STUDYBOT_DATABASE_USER"),
                Optional.ofNullable(env.get("STUDYBOT_DATABASE_PASSWORD")));
    }

    private static OptionalInt httpPort(Map<String, String> env) {
        Optional<String> text = value(env, "STUDYBOT_HTTP_PORT");
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int port = Integer.parseInt(text.get());
            if (port >= 1 && port <= 65_535) {
                return OptionalInt.of(port);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("STUDYBOT_HTTP_PORT must be a port number (1-65535), not " + text.get());
    }

    /** Ids separated by commas or spaces ({@code -1001234567890, 123456789}). */
    private static Set<String> ids(Map<String, String> env, String name) {
        Set<String> ids = new LinkedHashSet<>();
        for (String part : value(env, name).orElse("").split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!part.matches("-?\\d{1,25}")) {
                throw new IllegalArgumentException(name + " must list numeric ids separated by commas, not " + part);
            }
            ids.add(part);
        }
        return ids;
    }

    private static boolean dense(Map<String, String> env) {
        String text = value(env, "STUDYBOT_DENSE").orElse("on").toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "on", "true", "1", "yes" -> true;
            case "off", "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("STUDYBOT_DENSE must be on or off, not " + text);
        };
    }

    private static DailyConfig daily(Map<String, String> env) {
        DailyConfig daily = DailyConfig.defaults();
        daily = daily.withGrace(value(env, "STUDYBOT_DAILY_GRACE").map(t -> duration("STUDYBOT_DAILY_GRACE", t))
                .orElse(daily.grace()));
        daily = daily.withTickInterval(value(env, "STUDYBOT_DAILY_TICK")
                .map(t -> duration("STUDYBOT_DAILY_TICK", t)).orElse(daily.tickInterval()));
        daily = daily.withRetryDelay(value(env, "STUDYBOT_DAILY_RETRY")
                .map(t -> duration("STUDYBOT_DAILY_RETRY", t)).orElse(daily.retryDelay()));
        return daily.withMaxFailures(value(env, "STUDYBOT_DAILY_MAX_FAILURES")
                .map(t -> positiveInt("STUDYBOT_DAILY_MAX_FAILURES", t)).orElse(daily.maxFailures()));
    }

    /** A duration written {@code 6h}, {@code 90m}, {@code 30s} or ISO-8601 ({@code PT6H}); zero or more. */
    static Duration duration(String name, String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt") || t.startsWith("p")) {
                return nonNegative(name, Duration.parse(t.toUpperCase(java.util.Locale.ROOT)));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1));
            return nonNegative(name, switch (t.charAt(t.length() - 1)) {
                case 'h' -> Duration.ofHours(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 's' -> Duration.ofSeconds(amount);
                default -> throw new NumberFormatException(t);
            });
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be a duration such as 6h, 90m or 30s, not " + text);
        }
    }

    private static Duration nonNegative(String name, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return duration;
    }

    /** The same configuration with more library folders (from {@code --library}). */
    public Config withMoreLibraries(List<Path> more) {
        List<Path> all = new ArrayList<>(libraryFolders);
        all.addAll(more);
        return new Config(dataFolder, all, questionsPerMinute, telegramToken, telegramApiUrl, discordToken,
                discordGuildId, discordApiUrl, discordGatewayUrl, daily, dense, database, discordShards,
                takeoverCheck, httpPort, access);
    }

    /**
     * The search's dense second opinion, when it is on: the in-process bge-small-zh model, loaded here once and kept
     * optimized in the data folder's {@code model} folder.
     */
    public Optional<PassageEmbedder> embedder() {
        return dense ? Optional.of(new BgeSmallZhEmbedder(dataFolder.resolve("model"))) : Optional.empty();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static int positiveInt(String name, String text) {
        try {
            return Math.max(1, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + text);
        }
    }

    @Override
    public String toString() {
        return "Config[data=" + dataFolder + ", library=" + libraryFolders + ", questionsPerMinute="
                + questionsPerMinute + ", telegram=" + (telegramToken.isPresent() ? "on" : "off")
                + ", telegramApiUrl=" + telegramApiUrl.orElse("default") + ", discord="
                + (discordToken.isPresent() ? "on" : "off") + ", discordGuild=" + discordGuildId.orElse("global")
                + ", discordShards=" + discordShards.map(ShardRange::toString).orElse("all")
                + ", dailyGrace=" + daily.grace() + ", dense=" + (dense ? "on" : "off") + ", database=" + database
                + ", httpPort=" + (httpPort.isPresent() ? Integer.toString(httpPort.getAsInt()) : "off")
                + ", allowedChats=" + (access.allowedChats().isEmpty() ? "all" : access.allowedChats())
                + ", owners=" + access.owners().size() + "]";
    }
}
