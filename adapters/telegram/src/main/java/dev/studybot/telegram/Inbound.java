package dev.studybot.telegram;

import dev.studybot.chat.ActionPress;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;

/** What an update means for the core, once read; updates that mean nothing are not turned into one. */
sealed interface Inbound {

    /** The chat it concerns (updates of one chat are handled in order). */
    ChatId chat();

    /**
     * A message addressed to the bot.
     *
     * @param message  the message for the dispatcher
     * @param threadId the forum topic it came from, or {@code null}
     */
    record Text(IncomingMessage message, Integer threadId) implements Inbound {
        @Override
        public ChatId chat() {
            return message.origin().chat();
        }
    }

    /**
     * A press on an inline button; Telegram waits for an answerCallbackQuery.
     *
     * @param press      the press for the dispatcher
     * @param callbackId the callback query to answer
     * @param threadId   the forum topic of the message the button is under, or {@code null}
     */
    record Callback(ActionPress press, String callbackId, Integer threadId) implements Inbound {
        @Override
        public ChatId chat() {
            return press.origin().chat();
        }
    }

    /**
     * A callback query the core cannot use (no data, no chat): it is only acknowledged.
     *
     * @param chat       a key to order it by
     * @param callbackId the callback query to answer
     */
    record UnusableCallback(ChatId chat, String callbackId) implements Inbound {
    }

    /**
     * A vote in one of the bot's quiz polls.
     *
     * @param press the answer for the dispatcher, read typed from the poll the vote is in
     */
    record PollVote(ActionPress press) implements Inbound {
        @Override
        public ChatId chat() {
            return press.origin().chat();
        }
    }

    /**
     * A group upgraded to a supergroup: its id changes.
     *
     * @param from the old chat id
     * @param to   the new chat id
     */
    record Migration(long from, long to) implements Inbound {
        @Override
        public ChatId chat() {
            return TelegramChats.chatId(from);
        }
    }

    /**
     * The bot was added to a group or channel (my_chat_member).
     *
     * @param chat   the chat
     * @param type   its kind
     * @param served whether the bot serves it ({@code STUDYBOT_ALLOWED_CHATS})
     */
    record Joined(ChatId chat, ChatType type, boolean served) implements Inbound {
    }

    /**
     * A message, press or vote in a chat the bot does not serve ({@code STUDYBOT_ALLOWED_CHATS}).
     *
     * @param chat the chat
     * @param type its kind
     */
    record NotServed(ChatId chat, ChatType type) implements Inbound {
    }
}
