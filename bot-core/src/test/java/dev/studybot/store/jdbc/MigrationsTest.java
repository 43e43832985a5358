package dev.studybot.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.model.ChatId;
import dev.studybot.model.Language;
import dev.studybot.store.AnswerRecord;
import dev.studybot.store.DailyDelivery;
import dev.studybot.store.QuizRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Flyway over the scripts of {@code db/migration}: a database made by the hand-written runner (the file
 * {@code store/studybot-v3.db} was made by the version before Flyway) is taken over without losing a row; a
 * trigger's body survives; a script numbered below an applied one stops the start. A database already at the newest
 * bundled script opens without Flyway; an older or empty one goes through it.
 */
class MigrationsTest {

    /** Rows of each table in {@code studybot-v3.db}, as the version before Flyway wrote them. */
    private static final Map<String, Integer> LEGACY_ROWS = legacyRows();

    @TempDir
    Path folder;

    private static Map<String, Integer> legacyRows() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("chats", 3);
        rows.put("quiz_sessions", 4);
        rows.put("quiz_answers", 18);
        rows.put("quiz_asked", 6);
        rows.put("quiz_reviews", 1);
        rows.put("daily_subscriptions", 3);
        rows.put("daily_deliveries", 6);
        return rows;
    }

    private Path legacyCopy() throws IOException {
        Path file = folder.resolve("studybot.db");
        try (InputStream in = MigrationsTest.class.getResourceAsStream("/store/studybot-v3.db")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aDatabaseOfTheHandWrittenRunnerIsTakenOverWithEveryRow() throws IOException {
        Path file = legacyCopy();
        try (Database database = Database.sqlite(file)) {
            for (Map.Entry<String, Integer> table : LEGACY_ROWS.entrySet()) {
                assertEquals(table.getValue(), count(database, table.getKey()), table.getKey());
            }
            assertEquals(List.of(1, 2, 3), database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT version FROM schema_version ORDER BY version").mapTo(Integer.class).list()),
                    "the old history stays, for a rollback");
            assertEquals(List.of("BASELINE", "SQL", "SQL", "SQL"), database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT type FROM flyway_schema_history ORDER BY installed_rank").mapTo(String.class).list()),
                    "baselined at 3, then V4 to V6 applied");
            assertEquals(6, database.schemaVersion());

            // The stores read what the old version wrote.
            ChatId chat = new ChatId("telegram", "-1002");
            assertEquals(Language.EN, new JdbcChatSettingsStore(database).find(chat).orElseThrow().language());
            JdbcQuizStore quiz = new JdbcQuizStore(database);
            assertEquals(List.of("qrunning"), quiz.runningQuizzes().stream().map(QuizRecord::quizId).toList());
            assertEquals(6, quiz.answers("qlegacy2").size());
            assertEquals(DailyDelivery.Status.SENT, new JdbcDailyStore(database)
                    .delivery(chat, LocalDate.of(2026, 11, 20)).orElseThrow().status());
            assertEquals(2, quiz.leaderboard(chat).size());
        }
        try (Database again = Database.sqlite(file)) {
            assertEquals(4, count(again, "flyway_schema_history"), "nothing applied twice");
            assertEquals(18, count(again, "quiz_answers"));
        }
    }

    @Test
    void aLegacyHistoryWithAGapNeedsAPerson() throws IOException {
        Path file = legacyCopy();
        SQLiteDataSource raw = new SQLiteDataSource();
        raw.setUrl("jdbc:sqlite:" + file);
        Jdbi.create(raw).useHandle(h -> h.execute("DELETE FROM schema_version WHERE version = 2"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Database.sqlite(file));
        assertTrue(refused.getMessage().contains("[1, 3]"), refused.getMessage());
    }

    @Test
    void aTriggerWithStatementsInItsBodyIsAppliedWhole() {
        Migrations.migrate(dataSource("trigger.db"), Dialect.SQLITE, Optional.empty(), Migrations.LOCATION,
                "classpath:store/migration-trigger");
        try (Database database = Database.sqlite(folder.resolve("trigger.db"))) {
            JdbcQuizStore store = new JdbcQuizStore(database);
            ChatId chat = new ChatId("test", "1");
            Instant at = Instant.parse("2026-12-01T08:00:00Z");
            for (String member : List.of("a", "b", "c")) {
                store.recordAnswer(new AnswerRecord("q1", chat, 1, "x", member, member, List.of(0), true, 10, at,
                        LocalDate.of(2026, 12, 1)));
            }
            assertEquals(3, (int) database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT answers FROM answer_counts WHERE quiz_id = 'q1'").mapTo(Integer.class).one()));
        }
    }

    @Test
    void aScriptNumberedBelowAnAppliedOneStopsTheStart() {
        SQLiteDataSource dataSource = dataSource("late.db");
        Migrations.migrate(dataSource, Dialect.SQLITE, Optional.empty(), Migrations.LOCATION,
                "classpath:store/migration-trigger");
        FlywayException refused = assertThrows(FlywayException.class, () -> Migrations.migrate(dataSource,
                Dialect.SQLITE, Optional.empty(), Migrations.LOCATION, "classpath:store/migration-trigger",
                "classpath:store/migration-late"));
        assertTrue(refused.getMessage().contains("899"), refused.getMessage());
        assertEquals(0, (int) Jdbi.create(dataSource).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'late_arrival'").mapTo(Integer.class).one()));
    }

    @Test
    void theNewestBundledVersionIsTheNewestScript() {
        MigrationInfo[] scripts = Flyway.configure().dataSource(dataSource("scan.db"))
                .locations(Migrations.LOCATION).load().info().all();
        assertEquals(Migrations.NEWEST_BUNDLED,
                Integer.parseInt(scripts[scripts.length - 1].getVersion().getMajorAsString()));
    }

    @Test
    void aDatabaseAtTheNewestVersionOpensWithoutFlyway() {
        Path file = folder.resolve("newest.db");
        try (Database database = Database.sqlite(file)) {
            // Flyway's validation would refuse this history (a script's checksum no longer matches).
            database.jdbi().useHandle(h -> h.execute(
                    "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '6'"));
        }
        FlywayException validated = assertThrows(FlywayException.class, () -> Flyway.configure()
                .dataSource(dataSource("newest.db")).locations(Migrations.LOCATION)
                .table(Migrations.HISTORY_TABLE).load().validate(),
                "the changed checksum is what Flyway would stop at");
        try (Database again = Database.sqlite(file)) {
            assertEquals(6, again.schemaVersion());
            assertEquals(6, count(again, "flyway_schema_history"), "nothing applied");
        }
        assertTrue(validated.getMessage().contains("6"), validated.getMessage());
    }

    @Test
    void anOlderDatabaseIsMigrated() {
        Flyway.configure().dataSource(dataSource("older.db")).locations(Migrations.LOCATION)
                .table(Migrations.HISTORY_TABLE).target("5").load().migrate();
        try (Database database = Database.sqlite(folder.resolve("older.db"))) {
            assertEquals(6, database.schemaVersion());
            assertEquals(0, count(database, "open_reviews"), "V6's table is there");
        }
    }

    @Test
    void anEmptyDatabaseIsCreated() {
        try (Database database = Database.sqlite(folder.resolve("empty.db"))) {
            assertEquals(6, database.schemaVersion());
            assertEquals(6, count(database, "flyway_schema_history"));
            assertEquals(0, count(database, "open_reviews"));
        }
    }

    private SQLiteDataSource dataSource(String name) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve(name));
        return dataSource;
    }

    private static int count(Database database, String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }
}
