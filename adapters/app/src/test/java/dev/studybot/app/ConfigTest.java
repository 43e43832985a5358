package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.store.jdbc.DatabaseSettings;
import dev.studybot.store.jdbc.Dialect;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the environment, and keeping secrets out of what gets logged. */
class ConfigTest {

    @Test
    void defaultsWhenNothingIsSet() {
        Config config = Config.from(Map.of());
        assertEquals(Path.of("data"), config.dataFolder());
        assertEquals(List.of(), config.libraryFolders());
        assertEquals(10, config.questionsPerMinute());
        assertTrue(config.dense(), "the dense judge is on by default");
    }

    @Test
    void theDenseJudgeCanBeTurnedOffAndABadValueIsAClearError() {
        Config off = Config.from(Map.of("STUDYBOT_DENSE", "off"));
        assertFalse(off.dense());
        assertTrue(off.embedder().isEmpty(), "no model is loaded when it is off");
        assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("STUDYBOT_DENSE", "maybe")));
    }

    @Test
    void readsPathListsAndTokensButNeverPrintsTokens() {
        Config config = Config.from(Map.of("STUDYBOT_LIBRARY", "/a" + File.pathSeparator + " /b ",
                "TELEGRAM_TOKEN", "123456789:secret-token-value", "DISCORD_TOKEN", "discord-secret"));
        assertEquals(List.of(Path.of("/a"), Path.of("/b")), config.libraryFolders());
        assertEquals("123456789:secret-token-value", config.telegramToken().orElseThrow());
        assertFalse(config.toString().contains("secret"), config.toString());
    }

    @Test
    void aBadNumberIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("STUDYBOT_RATE_LIMIT", "lots")));
    }

    @Test
    void theDatabaseIsSqliteInTheDataFolderUnlessAPostgresqlUrlIsSet() {
        DatabaseSettings sqlite = Config.from(Map.of("STUDYBOT_DATA", "/srv/bot")).database();
        assertEquals(Dialect.SQLITE, sqlite.dialect());
        assertEquals(Path.of("/srv/bot/studybot.db"), sqlite.sqliteFile());

        Config shared = Config.from(Map.of("STUDYBOT_DATABASE_URL", "jdbc:postgresql://db.internal/studybot",
                "STUDYBOT_DATABASE_USER", "bot", "STUDYBOT_DATABASE_PASSWORD", "pg-secret-password"));
        assertEquals(Dialect.POSTGRESQL, shared.database().dialect());
        assertEquals("bot", shared.database().user().orElseThrow());
        assertEquals("pg-secret-password", shared.database().password().orElseThrow());
        assertFalse(shared.toString().contains("pg-secret"), shared.toString());
        assertTrue(shared.toString().contains("jdbc:postgresql://db.internal/studybot"), shared.toString());
    }

    @Test
    void aPasswordInTheUrlOrAnotherDatabaseIsAClearErrorThatDoesNotRepeatIt() {
        IllegalArgumentException inUrl = assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of(
                "STUDYBOT_DATABASE_URL", "jdbc:postgresql://db/studybot?user=bot&password=hunter2")));
        assertFalse(inUrl.getMessage().contains("hunter2"), inUrl.getMessage());
        assertTrue(inUrl.getMessage().contains("STUDYBOT_DATABASE_PASSWORD"), inUrl.getMessage());
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of(
                "STUDYBOT_DATABASE_URL", "jdbc:mysql://db/studybot?secret=1")));
        assertFalse(other.getMessage().contains("secret"), other.getMessage());
    }

    @Test
    void discordShardsAreARangeOfATotal() {
        assertEquals(List.of(0, 1), Config.from(Map.of("DISCORD_SHARDS", "0-1/4")).discordShards().orElseThrow()
                .shards());
        assertEquals(List.of(3), Config.from(Map.of("DISCORD_SHARDS", "3/4")).discordShards().orElseThrow()
                .shards());
        assertTrue(Config.from(Map.of()).discordShards().isEmpty());
        for (String bad : List.of("4/4", "2-1/4", "0-1", "all")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Config.from(Map.of("DISCORD_SHARDS", bad)), bad);
            assertTrue(e.getMessage().contains("DISCORD_SHARDS"), e.getMessage());
        }
    }
}
