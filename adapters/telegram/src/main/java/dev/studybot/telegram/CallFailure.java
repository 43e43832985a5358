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
    private final Integer errorCode;

    CallFailure(String message, Delivery delivery, Long migrateToChatId) {
        this(message, delivery, migrateToChatId, null);
    }

    CallFailure(String message, Delivery delivery, Long migrateToChatId, Integer errorCode) {
        super(message, null, false, false);
        this.delivery = delivery;
        this.migrateToChatId = migrateToChatId;
        this.errorCode = errorCode;
    }

    /**
     * Whether Telegram answered that the token is not a bot's (401 Unauthorized, or 404 for a token that names no
     * bot): trying again will not help. A call that got no answer at all (network) is not refused.
     */
    boolean tokenRefused() {
        return errorCode != null && (errorCode == 401 || errorCode == 404);
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
