package dev.studybot.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.model.ChatId;
import dev.studybot.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The schema through Flyway: every migration once, a database made by the hand-written runner taken over without
 * losing a row, a trigger's multi-statement body, and a migration numbered below the newest applied one refused.
 */
class SqliteMigrationsTest {

    private static final String TRIGGER = "classpath:db/test/trigger";
    private static final String LATE = "classpath:db/test/late";
    private static final String V5 = "classpath:db/test/v5";

    @TempDir
    Path folder;

    @Test
    void aNewDatabaseGetsEveryMigrationOnce() {
        Path file = folder.resolve("new.db");
        SqliteDatabase.open(file);
        SqliteDatabase reopened = SqliteDatabase.open(file);

        assertEquals(3, reopened.schemaVersion());
        assertTrue(tables(reopened.jdbi()).containsAll(List.of("chats", "quiz_sessions", "quiz_answers",
                "daily_subscriptions", "daily_deliveries", "flyway_schema_history")));
        assertEquals(List.of("1", "2", "3"), reopened.jdbi().withHandle(h -> h.createQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")
                .mapTo(String.class).list()));
    }

    @Test
    void aDatabaseMadeBeforeFlywayKeepsEveryRowAndTakesNewMigrations() {
        Path file = folder.resolve("legacy.db");
        Jdbi legacy = legacyDatabase(file, 1, 2, 3);
        legacy.useHandle(h -> {
            h.execute("INSERT INTO chats(platform, chat_id, language, scope) VALUES ('telegram', '-100', 'en', 'a,b')");
            h.execute("INSERT INTO quiz_sessions(quiz_id, platform, chat_id, starter_id, starter_name, total, seconds,"
                    + " started_at) VALUES ('q1', 'telegram', '-100', '7', 'Li', 5, 30, '2026-05-01T08:00:00Z')");
            h.execute("INSERT INTO daily_subscriptions(platform, chat_id, local_time, zone, state, next_due, due_date)"
                    + " VALUES ('telegram', '-100', '08:00', 'Asia/Shanghai', 'active', 1, '2026-05-02')");
        });

        SqliteDatabase database = SqliteDatabase.open(file, SqliteDatabase.MIGRATIONS, V5);

        assertEquals(5, database.schemaVersion(), "taken over at 3, then V5 applied");
        var chat = new SqliteChatSettingsStore(database).find(new ChatId("telegram", "-100")).orElseThrow();
        assertEquals(Language.EN, chat.language());
        assertEquals(Set.of("a", "b"), chat.scope());
        assertEquals(1, count(database.jdbi(), "quiz_sessions"));
        assertEquals(1, count(database.jdbi(), "daily_subscriptions"));
        assertEquals(0, count(database.jdbi(), "notes"));
        // V1-V3 were not run again (they would have failed on the existing tables).
        assertEquals(List.of("3", "5"), database.jdbi().withHandle(h -> h.createQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")
                .mapTo(String.class).list()));
    }

    @Test
    void aDatabaseWithAGapInItsOldVersionsIsRefusedUntouched() {
        Path file = folder.resolve("gap.db");
        Jdbi legacy = legacyDatabase(file, 1, 3);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SqliteDatabase.open(file));

        assertTrue(refused.getMessage().contains("gap"), refused.getMessage());
        assertFalse(tables(legacy).contains("flyway_schema_history"));
    }

    @Test
    void aTriggerWithStatementsInItsBodyIsCreatedWhole() {
        SqliteDatabase database = SqliteDatabase.open(folder.resolve("trigger.db"), SqliteDatabase.MIGRATIONS,
                TRIGGER);
        new SqliteChatSettingsStore(database).save(new dev.studybot.model.ChatSettings(
                new ChatId("discord", "42"), Language.ZH, Set.of()));

        assertEquals(List.of("added", "greeted"), database.jdbi().withHandle(h -> h.createQuery(
                "SELECT what FROM chat_log WHERE chat_id = '42' ORDER BY rowid").mapTo(String.class).list()));
    }

    @Test
    void aMigrationNumberedBelowTheNewestAppliedIsRefused() {
        Path file = folder.resolve("order.db");
        SqliteDatabase.open(file, SqliteDatabase.MIGRATIONS, V5);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SqliteDatabase.open(file, SqliteDatabase.MIGRATIONS, LATE, V5));

        assertTrue(refused.getMessage().contains("cannot be brought up to date"), refused.getMessage());
        assertTrue(refused.getMessage().contains("not applied to database: 4"), refused.getMessage());
        SqliteDatabase unchanged = SqliteDatabase.open(file, SqliteDatabase.MIGRATIONS, V5);
        assertFalse(tables(unchanged.jdbi()).contains("late"));
        assertEquals(5, unchanged.schemaVersion());
    }

    /** A database as the hand-written runner before Flyway left it, with these migrations applied. */
    private static Jdbi legacyDatabase(Path file, int... versions) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Jdbi jdbi = Jdbi.create(dataSource);
        List<String> scripts = List.of("V1__chats.sql", "V2__quizzes.sql", "V3__daily_excerpts.sql");
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
            for (int version : versions) {
                run(h, scripts.get(version - 1));
                h.execute("INSERT INTO schema_version(version) VALUES (?)", version);
            }
        });
        return jdbi;
    }

    private static void run(Handle handle, String script) {
        try (InputStream in = SqliteMigrationsTest.class.getResourceAsStream("/db/migration/" + script)) {
            handle.createScript(new String(in.readAllBytes(), StandardCharsets.UTF_8)).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tables(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                .mapTo(String.class).list());
    }

    private static int count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }
}
