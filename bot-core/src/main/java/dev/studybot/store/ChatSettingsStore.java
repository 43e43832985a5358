package dev.studybot.store;

import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import java.util.Optional;

/** Where chats' settings (language, document scope) live. */
public interface ChatSettingsStore {

    /** The chat's saved settings, if it ever saved any. */
    Optional<ChatSettings> find(ChatId chat);

    /** Saves (inserts or replaces) the chat's settings. */
    void save(ChatSettings settings);
}
