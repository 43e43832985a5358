package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.model.ChatId;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.DatabaseSettings;
import dev.studybot.store.jdbc.JdbcChatSettingsStore;
import dev.studybot.store.jdbc.JdbcQuizStore;
import dev.studybot.testing.TestPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code studybot migrate-store}: a database the version before Flyway made (three Telegram groups with settings,
 * quizzes, answers, reviews, subscriptions and delivery log) copied into a new database, every table counted
 * before and after.
 */
class MigrateStoreCliTest {

    @TempDir
    Path folder;

    private Path legacyDatabase() throws IOException {
        Path file = folder.resolve("studybot.db");
        try (InputStream in = MigrateStoreCliTest.class.getResourceAsStream("/store/studybot-v3.db")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new ByteArrayInputStream(new byte[0]), env, new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }

    @Test
    @Tag(TestPostgres.TAG)
    void aRunningGroupsDataMovesToPostgresqlRowForRow() throws Exception {
        DatabaseSettings server = TestPostgres.freshSchema();
        String schema = server.schema().orElseThrow();
        try (Connection connection = DriverManager.getConnection(server.url(), server.user().orElse(null),
                server.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        try {
            Map<String, String> env = new HashMap<>();
            server.user().ifPresent(user -> env.put("STUDYBOT_DATABASE_USER", user));
            server.password().ifPresent(password -> env.put("STUDYBOT_DATABASE_PASSWORD", password));
            String to = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            Run run = run(env, "migrate-store", "--from", "sqlite:" + legacyDatabase(), "--to", to);
            assertEquals(0, run.exit(), run.out() + run.err());
            assertTrue(run.out().matches("(?s).*quiz_answers\\s+18\\s+18\\s+ok.*"), run.out());
            assertTrue(run.out().matches("(?s).*daily_deliveries\\s+6\\s+6\\s+ok.*"), run.out());
            assertTrue(run.out().contains("every row copied"), run.out());
            server.password().filter(password -> !server.url().contains(password))
                    .ifPresent(password -> assertFalse(run.out().contains(password), "never printed"));

            try (Database copy = Database.open(server)) {
                ChatId group = new ChatId("telegram", "-1002");
                assertEquals(2, new JdbcQuizStore(copy).leaderboard(group).size(), "the scores came along");
                assertTrue(new JdbcChatSettingsStore(copy).find(group).isPresent());
            }

            Run again = run(env, "migrate-store", "--from", "sqlite:" + folder.resolve("studybot.db"), "--to", to);
            assertEquals(1, again.exit());
            assertTrue(again.err().contains("not empty"), again.err());
        } finally {
            TestPostgres.drop(server);
        }
    }

    @Test
    void itCopiesIntoANewSqliteFileTooAndRefusesAMissingSource() throws Exception {
        Path target = folder.resolve("copy.db");
        Run run = run(Map.of(), "migrate-store", "--from", "sqlite:" + legacyDatabase(), "--to", "sqlite:" + target);
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*chats\\s+3\\s+3\\s+ok.*"), run.out());

        Run missing = run(Map.of(), "migrate-store", "--from", "sqlite:" + folder.resolve("nothing.db"), "--to",
                "sqlite:" + folder.resolve("other.db"));
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no SQLite database"), missing.err());
        assertFalse(Files.exists(folder.resolve("nothing.db")), "nothing created");
    }
}
