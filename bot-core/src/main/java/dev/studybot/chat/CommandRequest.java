package dev.studybot.chat;

import dev.studybot.model.ChatSettings;

/**
 * One run of a command: who asked where, the text after the command's name, and the chat's settings and
 * messages.
 *
 * @param origin    where and from whom
 * @param arguments the text after the command name, stripped (empty when none)
 * @param settings  the chat's settings
 * @param messages  the texts in the chat's language
 */
public record CommandRequest(Origin origin, String arguments, ChatSettings settings, Messages messages) {
}
