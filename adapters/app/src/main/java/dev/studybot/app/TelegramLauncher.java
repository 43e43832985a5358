package dev.studybot.app;

import dev.studybot.store.ExclusiveLocks.Claim;
import dev.studybot.store.jdbc.JdbcChatMover;
import dev.studybot.store.jdbc.JdbcPostedPolls;
import dev.studybot.telegram.TelegramBot;
import dev.studybot.telegram.TelegramSettings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Starts the Telegram adapter when {@code TELEGRAM_TOKEN} is set, in the one process that holds Telegram among
 * those on the database (the lock {@value #LOCK}); the others wait to take over.
 */
final class TelegramLauncher {

    /** The lock of the process that polls Telegram. */
    static final String LOCK = "telegram";

    private final Optional<TelegramSettings> settings;
    private final Config config;

    /** Reads the settings first, so that a malformed token or URL fails before the core is built. */
    TelegramLauncher(Config config) {
        this.config = config;
        this.settings = config.telegramToken().map(token -> TelegramSettings.of(token, config.telegramApiUrl()));
    }

    /** Whether a token is configured. */
    boolean configured() {
        return settings.isPresent();
    }

    /** The held Telegram service (running here, or waiting to take over), or empty when no token is configured. */
    Optional<HeldService> start(CoreAssembly core, Clock clock) {
        return settings.map(s -> {
            HeldService held = new HeldService("telegram", core.database().locks(), List.of(Claim.exclusive(LOCK)),
                    () -> TelegramBot.start(s, core.dispatcher(), core.messenger(), new JdbcChatMover(core.database()),
                            new JdbcPostedPolls(core.database()), clock, config.access()),
                    config.takeoverCheck());
            held.start();
            return held;
        });
    }
}
