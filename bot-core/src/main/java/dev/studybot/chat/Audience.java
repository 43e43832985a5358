package dev.studybot.chat;

/**
 * Whom a reply is for. Adapters render by audience: a reply for the member is shown to that member alone where the
 * platform can (a toast, an ephemeral message), one for the chat is posted in the chat.
 */
public enum Audience {
    /** The member whose message, button press or vote this answers, privately where the platform can. */
    MEMBER,
    /** Everyone in the chat. */
    CHAT
}
