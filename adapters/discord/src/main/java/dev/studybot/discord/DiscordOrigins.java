package dev.studybot.discord;

import dev.studybot.chat.Origin;
import dev.studybot.model.Access;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Member;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/**
 * Where a Discord event came from, in the core's terms. A server channel's chat id is the channel's id; a direct
 * message chat is {@code dm:<user id>}, so that the bot can reopen it after a restart (DM channels are not cached).
 * The admin check is "has Manage Server", the permission the admin slash commands default to.
 */
final class DiscordOrigins {

    /** The platform name chats and the messenger router use. */
    static final String PLATFORM = "discord";
    private static final String DM_PREFIX = "dm:";

    private final Clock clock;
    private final Access access;

    DiscordOrigins(Clock clock) {
        this(clock, Access.open());
    }

    /** @param access the owners, who count as admins everywhere */
    DiscordOrigins(Clock clock, Access access) {
        this.clock = clock;
        this.access = access;
    }

    /**
     * The origin of an event.
     *
     * @param user      who acted
     * @param member    the server member, or {@code null} in a direct message
     * @param channelId the channel's id
     * @param locale    the member's client language, or {@code null} when unknown
     */
    Origin origin(User user, net.dv8tion.jda.api.entities.Member member, long channelId, DiscordLocale locale) {
        boolean dm = member == null;
        ChatId chat = dm ? directChat(user.getIdLong()) : new ChatId(PLATFORM, Long.toUnsignedString(channelId));
        String name = dm ? user.getEffectiveName() : member.getEffectiveName();
        Locale hint = locale == null || locale == DiscordLocale.UNKNOWN ? null : Locale.forLanguageTag(locale.getLocale());
        return new Origin(chat, dm ? ChatType.PRIVATE : ChatType.GROUP, new Member(user.getId(), name),
                clock.instant(), hint, () -> access.isOwner(user.getId())
                        || member != null && member.hasPermission(Permission.MANAGE_SERVER));
    }

    /** The chat of the direct messages with a user. */
    static ChatId directChat(long userId) {
        return new ChatId(PLATFORM, DM_PREFIX + Long.toUnsignedString(userId));
    }

    /** The user of a direct-message chat id, or empty for a server channel. */
    static Optional<Long> directUser(ChatId chat) {
        return chat.id().startsWith(DM_PREFIX) ? parse(chat.id().substring(DM_PREFIX.length())) : Optional.empty();
    }

    /** The channel of a server chat id, or empty when it is not one. */
    static Optional<Long> channel(ChatId chat) {
        return chat.id().startsWith(DM_PREFIX) ? Optional.empty() : parse(chat.id());
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseUnsignedLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
