package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.store.jdbc.Database;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code studybot bench-chats} on a small load: every answer is recorded once, the figures come as one JSON object,
 * and the benchmark's chats are gone from the database afterwards. (The figures themselves are not asserted: this is
 * a benchmark, not a timed test.)
 */
@Tag("slow") // prepares the bundled report's question pool
class BenchChatsCliTest {

    @TempDir
    Path data;

    @Test
    void everyAnswerIsRecordedOnceAndTheBenchLeavesNoRows() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new ByteArrayInputStream(new byte[0]),
                Map.of("STUDYBOT_DATA", data.toString(), "STUDYBOT_DENSE", "off"), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute("bench-chats", "--chats", "7", "--answers", "200", "--threads",
                "4", "--json");
        assertEquals(0, exit, out + " " + err);
        List<String> lines = out.toString().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), out.toString());
        JsonNode figures = new ObjectMapper().readTree(lines.get(0));
        assertEquals("sqlite", figures.get("database").asText());
        assertEquals(7, figures.get("chats").asInt());
        assertEquals(200, figures.get("answers_sent").asInt());
        assertEquals(200, figures.get("answers_recorded").asInt());
        assertEquals(0, figures.get("duplicates").asInt());
        assertTrue(figures.get("p99_ms").asDouble() >= figures.get("median_ms").asDouble(), figures.toString());
        assertTrue(figures.get("answers_per_s").asDouble() > 0, figures.toString());
        try (Database database = Database.sqlite(data.resolve("studybot.db"))) {
            for (String table : List.of("quiz_answers", "quiz_sessions", "quiz_asked", "quiz_reviews")) {
                assertEquals(0, (int) database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table
                        + " WHERE platform = 'bench'").mapTo(Integer.class).one()), table);
            }
        }
    }
}
