package dev.studybot.model;

/** Whether a chat is one person talking to the bot, or a group where permissions matter. */
public enum ChatType {
    /** One user and the bot (a Telegram private chat, a Discord DM, the console). */
    PRIVATE,
    /** Several members: a group, supergroup, server channel. */
    GROUP
}
