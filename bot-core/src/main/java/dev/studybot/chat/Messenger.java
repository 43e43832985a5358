package dev.studybot.chat;

import dev.studybot.model.ChatId;

/**
 * The outgoing port: how the core sends a message it was not asked for (a quiz's next question, a daily
 * excerpt). Each adapter implements it for its platform.
 */
@FunctionalInterface
public interface Messenger {

    /** Sends the reply to the chat and says how it went; never throws. */
    Delivery send(ChatId chat, Reply reply);

    /**
     * Whether this process can send to the chat: where several processes share the chats (Discord's shards, the
     * one that holds Telegram), pushing what is due in a chat is left to the process that reaches it.
     */
    default boolean reaches(ChatId chat) {
        return true;
    }

    /** The outcome of a send. */
    enum Delivery {
        /** The platform accepted the message. */
        SENT,
        /** A passing failure (network, rate limit, server error): worth trying again later. */
        FAILED,
        /** The chat is gone or has blocked the bot: do not keep trying. */
        BLOCKED
    }
}
