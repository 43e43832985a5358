package dev.studybot.telegram;

import java.util.Locale;

/**
 * Who the bot is on Telegram (from getMe): its user id, to recognise replies to it, and its username, to recognise
 * mentions and {@code /command@username}.
 *
 * @param id       the bot's user id
 * @param username the bot's username, without {@code @}
 */
record BotIdentity(long id, String username) {

    BotIdentity {
        username = username == null ? "" : username;
    }

    /** Whether a {@code @username} names this bot (Telegram usernames ignore case). */
    boolean isNamed(String name) {
        return name != null && username.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
    }
}
