package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.Language;
import dev.studybot.store.jdbc.JdbcChatSettingsStore;
import dev.studybot.store.jdbc.Database;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studybot backup FILE} copies the database while another process holds the data folder. */
class BackupTest {

    @TempDir
    Path folder;

    @Test
    void copiesTheDatabaseWhileTheBotHoldsTheDataFolder() throws Exception {
        Path data = folder.resolve("data");
        ChatId chat = new ChatId("telegram", "-100123");
        try (DataFolderLock running = DataFolderLock.acquire(data)) {
            Database database = Database.sqlite(data.resolve("studybot.db"));
            new JdbcChatSettingsStore(database).save(new ChatSettings(chat, Language.EN, Set.of("report")));

            Path backup = folder.resolve("backups/studybot-2026-11-27.db");
            Run first = backup(data, backup);
            assertEquals(0, first.exit(), first.err());
            assertTrue(first.out().contains("backed up"), first.out());

            Database restored = Database.sqlite(backup);
            assertEquals(Language.EN, new JdbcChatSettingsStore(restored).find(chat).orElseThrow().language());

            Run again = backup(data, backup);
            assertEquals(1, again.exit());
            assertTrue(again.err().contains("exists already"), again.err());
        }
        assertTrue(Files.exists(data.resolve("studybot.db")));
    }

    @Test
    void aFolderWithoutADatabaseIsAClearError() {
        Run run = backup(folder.resolve("empty"), folder.resolve("copy.db"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no database at"), run.err());
    }

    private static Run backup(Path data, Path target) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new ByteArrayInputStream(new byte[0]), Map.of("STUDYBOT_DATA", data.toString()),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute("backup", target.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
