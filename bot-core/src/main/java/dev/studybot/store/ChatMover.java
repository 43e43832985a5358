package dev.studybot.store;

import dev.studybot.model.ChatId;

/**
 * Moves everything stored about a chat to a new id, for platforms that change a chat's id (a Telegram group
 * upgraded to a supergroup): settings, subscriptions, scores, quizzes, review queues.
 */
@FunctionalInterface
public interface ChatMover {

    /** Moves every row of {@code from} to {@code to}; rows {@code to} already has are kept. */
    void move(ChatId from, ChatId to);
}
