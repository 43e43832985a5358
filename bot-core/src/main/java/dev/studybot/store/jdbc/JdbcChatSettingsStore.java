package dev.studybot.store.jdbc;

import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.store.ChatSettingsStore;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Chat settings in the {@code chats} table. */
public final class JdbcChatSettingsStore implements ChatSettingsStore {

    private final Jdbi jdbi;

    public JdbcChatSettingsStore(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public Optional<ChatSettings> find(ChatId chat) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT language, scope FROM chats WHERE platform = :platform AND chat_id = :chat")
                .bind("platform", chat.platform())
                .bind("chat", chat.id())
                .map((rs, ctx) -> new ChatSettings(chat,
                        Language.parse(rs.getString("language")).orElse(Language.ZH),
                        parseScope(rs.getString("scope"))))
                .findOne());
    }

    @Override
    public void save(ChatSettings settings) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO chats(platform, chat_id, language, scope) "
                        + "VALUES (:platform, :chat, :language, :scope) "
                        + "ON CONFLICT(platform, chat_id) DO UPDATE SET language = excluded.language, "
                        + "scope = excluded.scope, updated_at = CURRENT_TIMESTAMP")
                .bind("platform", settings.chat().platform())
                .bind("chat", settings.chat().id())
                .bind("language", settings.language().code())
                .bind("scope", String.join(",", settings.scope().stream().sorted().toList()))
                .execute());
    }

    private static Set<String> parseScope(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
    }
}
