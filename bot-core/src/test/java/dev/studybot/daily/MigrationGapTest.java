package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.store.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily tables arrive with V3 even when no V2 exists yet, V4 adds the lesson of a day and posted polls, and
 * opening twice applies nothing twice.
 */
class MigrationGapTest {

    @TempDir
    Path dir;

    @Test
    void appliesV3AcrossAGapOnce() {
        SqliteDatabase.open(dir.resolve("a.db"));
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("a.db"));
        assertEquals(5, database.schemaVersion());
        List<String> tables = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").mapTo(String.class).list());
        assertTrue(tables.containsAll(List.of("chats", "daily_deliveries", "daily_subscriptions", "posted_polls")),
                tables.toString());
        int applied = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM schema_version WHERE version = 3")
                .mapTo(Integer.class).one());
        assertEquals(1, applied);
    }
}
