package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
