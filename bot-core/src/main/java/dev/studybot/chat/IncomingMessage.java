package dev.studybot.chat;

import java.util.Objects;

/**
 * A text message addressed to the bot: a command ({@code /ask …}) or a plain question.
 *
 * @param origin where and from whom
 * @param text   the text as the member wrote it (the adapter has removed a leading mention of the bot)
 */
public record IncomingMessage(Origin origin, String text) {

    public IncomingMessage {
        Objects.requireNonNull(origin, "origin");
        text = text == null ? "" : text;
    }
}
