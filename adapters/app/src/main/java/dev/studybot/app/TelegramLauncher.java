package dev.studybot.app;

import dev.studybot.model.Access;
import dev.studybot.store.sqlite.SqliteChatMover;
import dev.studybot.telegram.TelegramBot;
import dev.studybot.telegram.TelegramSettings;
import java.time.Clock;
import java.util.Optional;

/** Starts the Telegram adapter when {@code TELEGRAM_TOKEN} is set. */
final class TelegramLauncher {

    private final Optional<TelegramSettings> settings;
    private final Access access;

    /** Reads the settings first, so that a malformed token or URL fails before the core is built. */
    TelegramLauncher(Config config) {
        this.settings = config.telegramToken().map(token -> TelegramSettings.of(token, config.telegramApiUrl()));
        this.access = config.access();
    }

    /** Whether a token is configured. */
    boolean configured() {
        return settings.isPresent();
    }

    /** The running bot, or empty when no token is configured. */
    Optional<TelegramBot> start(CoreAssembly core, Clock clock) {
        return settings.map(s -> TelegramBot.start(s, core.dispatcher(), core.messenger(),
                new SqliteChatMover(core.database()), clock, access));
    }
}
