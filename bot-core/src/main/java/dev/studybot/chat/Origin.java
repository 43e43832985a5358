package dev.studybot.chat;

import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Member;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Where and when something arrived: the chat, its type, the member, the time, and how to learn whether the
 * member administers the chat (asked only when a command needs it, since it may cost a platform call).
 *
 * @param chat         the chat
 * @param type         private or group
 * @param member       who sent it
 * @param at           when it arrived (from the adapter's clock)
 * @param languageHint the member's client language when the platform tells it, else {@code null}
 * @param adminCheck   answers whether the member may run admin commands in this chat
 */
public record Origin(ChatId chat, ChatType type, Member member, Instant at, Locale languageHint,
                     BooleanSupplier adminCheck) {

    public Origin {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(adminCheck, "adminCheck");
    }

    /** Whether the member may run admin commands: always in a private chat, else as the platform says. */
    public boolean isAdmin() {
        return type == ChatType.PRIVATE || adminCheck.getAsBoolean();
    }
}
