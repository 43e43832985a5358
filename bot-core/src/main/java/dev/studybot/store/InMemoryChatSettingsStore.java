package dev.studybot.store;

import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Chat settings kept in memory: for tests and for one-shot command-line runs. */
public final class InMemoryChatSettingsStore implements ChatSettingsStore {

    private final Map<ChatId, ChatSettings> settings = new ConcurrentHashMap<>();

    @Override
    public Optional<ChatSettings> find(ChatId chat) {
        return Optional.ofNullable(settings.get(chat));
    }

    @Override
    public void save(ChatSettings chatSettings) {
        settings.put(chatSettings.chat(), chatSettings);
    }
}
