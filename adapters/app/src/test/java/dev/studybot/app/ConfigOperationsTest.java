package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** STUDYBOT_HTTP_PORT, STUDYBOT_ALLOWED_CHATS and STUDYBOT_OWNER. */
class ConfigOperationsTest {

    @Test
    void noneByDefault() {
        Config config = Config.from(Map.of());
        assertEquals(OptionalInt.empty(), config.httpPort());
        assertTrue(config.access().allowedChats().isEmpty());
        assertTrue(config.access().serves("1", "-100"), "every chat is served when no list is given");
    }

    @Test
    void readsThePortTheChatsAndTheOwners() {
        Config config = Config.from(Map.of("STUDYBOT_HTTP_PORT", "8080",
                "STUDYBOT_ALLOWED_CHATS", "-1001234567890, 987654321098765432;42", "STUDYBOT_OWNER", "7 8"));
        assertEquals(OptionalInt.of(8080), config.httpPort());
        assertEquals(Set.of("-1001234567890", "987654321098765432", "42"), config.access().allowedChats());
        assertEquals(Set.of("7", "8"), config.access().owners());
        assertTrue(config.access().serves("1", "-1001234567890"));
        assertTrue(config.access().serves("1", "555", "987654321098765432"), "a Discord channel of a listed server");
        assertFalse(config.access().serves("1", "-100999"));
        assertTrue(config.access().serves("7", "-100999"), "an owner is served anywhere");
        assertTrue(config.toString().contains("httpPort=8080"));
    }

    @Test
    void badValuesAreClearErrors() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("STUDYBOT_HTTP_PORT", "http")));
        assertTrue(port.getMessage().contains("STUDYBOT_HTTP_PORT"), port.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("STUDYBOT_HTTP_PORT", "70000")));
        IllegalArgumentException chats = assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("STUDYBOT_ALLOWED_CHATS", "@mygroup")));
        assertTrue(chats.getMessage().contains("STUDYBOT_ALLOWED_CHATS"), chats.getMessage());
    }
}
