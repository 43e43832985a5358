package dev.studybot.model;

import java.util.Set;

/**
 * What a chat has chosen: its language and the documents its answers, quizzes and excerpts draw on.
 *
 * @param chat     the chat
 * @param language the language replies are in
 * @param scope    ids of the documents in scope; empty means all documents
 */
public record ChatSettings(ChatId chat, Language language, Set<String> scope) {

    public ChatSettings {
        scope = Set.copyOf(scope);
    }

    /** Settings of a chat that has chosen nothing yet. */
    public static ChatSettings defaults(ChatId chat, Language language) {
        return new ChatSettings(chat, language, Set.of());
    }

    public ChatSettings withLanguage(Language newLanguage) {
        return new ChatSettings(chat, newLanguage, scope);
    }

    public ChatSettings withScope(Set<String> newScope) {
        return new ChatSettings(chat, language, newScope);
    }
}
