package dev.studybot.model;

import java.util.Set;

/**
 * Who the bot serves: the chats it may be used in, and the members who count as admins everywhere. The ids are the
 * platforms' own (a Telegram chat or user id, a Discord server, channel or user id).
 *
 * @param allowedChats chat ids (for Discord also server ids) the bot serves; every chat when empty
 * @param owners       user ids that count as admins in every chat
 */
public record Access(Set<String> allowedChats, Set<String> owners) {

    public Access {
        allowedChats = Set.copyOf(allowedChats);
        owners = Set.copyOf(owners);
    }

    /** Everyone everywhere, no owners. */
    public static Access open() {
        return new Access(Set.of(), Set.of());
    }

    /** Whether the bot serves a chat with any of these ids (a chat's own id, its server's id), or its owner. */
    public boolean serves(String memberId, String... chatIds) {
        if (allowedChats.isEmpty() || isOwner(memberId)) {
            return true;
        }
        for (String id : chatIds) {
            if (id != null && allowedChats.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the member counts as an admin everywhere. */
    public boolean isOwner(String memberId) {
        return memberId != null && owners.contains(memberId);
    }
}
