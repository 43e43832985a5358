package dev.studybot.chat;

import dev.studybot.model.ChatSettings;
import java.util.List;
import java.util.Optional;

/**
 * Gets the first look at a plain (non-command) message, for conversations in progress: a quiz answered by
 * typing a letter in the console, say. When it passes, the message is a question.
 */
public interface TextInterceptor {

    /** Replies if the message belongs to a conversation in progress, empty to let it through. */
    Optional<List<Reply>> intercept(IncomingMessage message, ChatSettings settings, Messages messages);
}
