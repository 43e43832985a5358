package dev.studybot.telegram;

import dev.studybot.chat.Messenger.Delivery;
import java.util.OptionalLong;

/**
 * A Bot API call that did not succeed, classified: a passing failure, a chat that is gone or has blocked the bot,
 * or a group that became a supergroup. Its message never contains the token.
 */
final class CallFailure extends Exception {

    private final Delivery delivery;
    private final Long migrateToChatId;

    CallFailure(String message, Delivery delivery, Long migrateToChatId) {
        super(message, null, false, false);
        this.delivery = delivery;
        this.migrateToChatId = migrateToChatId;
    }

    /** {@link Delivery#FAILED} or {@link Delivery#BLOCKED}. */
    Delivery delivery() {
        return delivery;
    }

    /** The supergroup the chat became, when Telegram says so. */
    OptionalLong migrateToChatId() {
        return migrateToChatId == null ? OptionalLong.empty() : OptionalLong.of(migrateToChatId);
    }
}
