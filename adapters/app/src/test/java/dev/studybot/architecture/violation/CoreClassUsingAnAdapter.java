package dev.studybot.architecture.violation;

import dev.studybot.telegram.TelegramBot;

/** Breaks "bot-core uses no adapter": a class outside the adapters that uses the Telegram adapter. */
public final class CoreClassUsingAnAdapter {

    /** Uses the Telegram adapter. */
    public String name(TelegramBot bot) {
        return bot.username();
    }
}
