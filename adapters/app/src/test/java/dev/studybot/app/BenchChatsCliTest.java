package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.DatabaseSettings;
import dev.studybot.testing.TestPostgres;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code studybot bench-chats} on a small load, on SQLite and on a real PostgreSQL server: every answer is recorded
 * once, the figures come as one JSON object, and the benchmark's chats are gone from the database afterwards. (The
 * figures themselves are not asserted: this is a benchmark, not a timed test.)
 */
@Tag("slow") // prepares the bundled report's question pool
class BenchChatsCliTest {

    private static final List<String> TABLES = List.of("quiz_answers", "quiz_sessions", "quiz_asked",
            "quiz_reviews");

    @TempDir
    Path data;

    private JsonNode benchmark(Map<String, String> extraEnv, String... extraArgs) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("STUDYBOT_DATA", data.toString());
        env.put("STUDYBOT_DENSE", "off");
        List<String> args = new ArrayList<>(List.of("bench-chats", "--chats", "7", "--answers", "200",
                "--threads", "4", "--json"));
        args.addAll(List.of(extraArgs));
        int exit = Main.commandLine(new ByteArrayInputStream(new byte[0]), env, new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args.toArray(String[]::new));
        assertEquals(0, exit, out + " " + err);
        List<String> lines = out.toString().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), out.toString());
        JsonNode figures = new ObjectMapper().readTree(lines.get(0));
        assertEquals(7, figures.get("chats").asInt());
        assertEquals(200, figures.get("answers_sent").asInt());
        assertEquals(200, figures.get("answers_recorded").asInt());
        assertEquals(0, figures.get("duplicates").asInt());
        assertTrue(figures.get("p99_ms").asDouble() >= figures.get("median_ms").asDouble(), figures.toString());
        assertTrue(figures.get("answers_per_s").asDouble() > 0, figures.toString());
        return figures;
    }

    private static void assertNoBenchRows(Database database) {
        for (String table : TABLES) {
            assertEquals(0, (int) database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table
                    + " WHERE platform = 'bench'").mapTo(Integer.class).one()), table);
        }
    }

    @Test
    void everyAnswerIsRecordedOnceAndTheBenchLeavesNoRows() throws Exception {
        assertEquals("sqlite", benchmark(Map.of()).get("database").asText());
        try (Database database = Database.sqlite(data.resolve("studybot.db"))) {
            assertNoBenchRows(database);
        }
    }

    @Test
    @Tag(TestPostgres.TAG)
    void onPostgresqlEveryAnswerIsRecordedOnceAndTheBenchLeavesNoRows() throws Exception {
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
            String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            JsonNode figures = benchmark(env, "--database", url);
            assertEquals("postgresql", figures.get("database").asText());
            try (Database database = Database.open(server)) {
                assertTrue(database.schemaVersion() >= 5, "the benchmark migrated the schema it was given");
                assertNoBenchRows(database);
            }
            assertFalse(Files.exists(data.resolve("studybot.db")), "SQLite in STUDYBOT_DATA untouched");
        } finally {
            TestPostgres.drop(server);
        }
    }
}
