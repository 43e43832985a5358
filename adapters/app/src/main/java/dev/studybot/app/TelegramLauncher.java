package dev.studybot.app;

import dev.studybot.store.sqlite.SqliteChatMover;
import dev.studybot.telegram.TelegramBot;
import dev.studybot.telegram.TelegramSettings;
import java.time.Clock;
import java.util.Optional;

/** Starts the Telegram adapter when {@code TELEGRAM_TOKEN} is set. */
final class TelegramLauncher {

    private TelegramLauncher() {
    }

    /** The running bot, or empty when no token is configured. */
    static Optional<TelegramBot> startIfConfigured(Config config, CoreAssembly core, Clock clock) {
        return config.telegramToken().map(token -> TelegramBot.start(
                TelegramSettings.of(token, config.telegramApiUrl()), core.dispatcher(), core.messenger(),
                new SqliteChatMover(core.database()), clock));
    }
}
