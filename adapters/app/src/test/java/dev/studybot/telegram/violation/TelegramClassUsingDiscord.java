package dev.studybot.telegram.violation;

import dev.studybot.discord.DiscordBot;

/** Breaks "adapters do not use each other": a Telegram class that uses the Discord adapter. */
public final class TelegramClassUsingDiscord {

    /** Uses the Discord adapter. */
    public void stop(DiscordBot bot) {
        bot.close();
    }
}
