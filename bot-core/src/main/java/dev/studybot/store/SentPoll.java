package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.util.Objects;

/**
 * A quiz poll the bot sent on a platform whose poll answers name only the poll (Telegram's {@code poll_answer}):
 * where it went and what answering it means.
 *
 * @param pollId the platform's id of the poll
 * @param chat   the chat it was sent to
 * @param action the answer it stands for, in the wire format of the chat's action codec, without choices
 * @param sentAt when it was sent
 */
public record SentPoll(String pollId, ChatId chat, String action, Instant sentAt) {

    public SentPoll {
        Objects.requireNonNull(pollId, "pollId");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
