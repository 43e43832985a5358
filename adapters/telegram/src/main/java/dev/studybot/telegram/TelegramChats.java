package dev.studybot.telegram;

import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;

/** How Telegram's chats map to the core's: the platform name and the chat kinds. */
final class TelegramChats {

    /** The platform name chats of this adapter carry. */
    static final String PLATFORM = "telegram";

    private TelegramChats() {
    }

    static ChatId chatId(long telegramId) {
        return new ChatId(PLATFORM, Long.toString(telegramId));
    }

    /** Telegram's numeric id of a core chat of this platform. */
    static long telegramId(ChatId chat) {
        if (!PLATFORM.equals(chat.platform())) {
            throw new IllegalArgumentException("not a Telegram chat: " + chat);
        }
        return Long.parseLong(chat.id());
    }

    /** Private chats have the user's (positive) id; groups, supergroups and channels negative ids. */
    static ChatType typeOf(long telegramId) {
        return telegramId > 0 ? ChatType.PRIVATE : ChatType.GROUP;
    }

    /** The core's kind of a Telegram chat type ({@code private}, {@code group}, {@code supergroup}). */
    static ChatType typeOf(String telegramType) {
        return "private".equals(telegramType) ? ChatType.PRIVATE : ChatType.GROUP;
    }
}
