package dev.studybot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.store.sqlite.SqliteChatMover;
import dev.studybot.store.sqlite.SqliteChatSettingsStore;
import dev.studybot.store.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store on a real file: migrations once, settings across a restart, moving a chat. */
class SqliteStoreTest {

    @TempDir
    Path folder;

    @Test
    void settingsSurviveAReopenAndMigrationsRunOnce() {
        Path file = folder.resolve("studybot.db");
        ChatId chat = new ChatId("telegram", "-100");
        SqliteDatabase first = SqliteDatabase.open(file);
        int version = first.schemaVersion();
        assertTrue(version >= 1);
        new SqliteChatSettingsStore(first).save(new ChatSettings(chat, Language.EN, Set.of("a", "b")));

        SqliteDatabase reopened = SqliteDatabase.open(file);
        assertEquals(version, reopened.schemaVersion());
        ChatSettings loaded = new SqliteChatSettingsStore(reopened).find(chat).orElseThrow();
        assertEquals(Language.EN, loaded.language());
        assertEquals(Set.of("a", "b"), loaded.scope());
    }

    @Test
    void movingAChatCarriesItsRowsToTheNewId() {
        SqliteDatabase database = SqliteDatabase.open(folder.resolve("move.db"));
        SqliteChatSettingsStore store = new SqliteChatSettingsStore(database);
        ChatId group = new ChatId("telegram", "-1");
        ChatId supergroup = new ChatId("telegram", "-1001");
        store.save(new ChatSettings(group, Language.EN, Set.of("doc")));

        new SqliteChatMover(database).move(group, supergroup);

        assertTrue(store.find(group).isEmpty());
        assertEquals(Set.of("doc"), store.find(supergroup).orElseThrow().scope());
    }
}
