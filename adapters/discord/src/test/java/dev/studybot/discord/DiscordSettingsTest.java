package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    void theTokenNeverShowsAndUrlsAreNormalised() {
        DiscordSettings settings = new DiscordSettings("MTIz.secret-token", Optional.of(" 42 "),
                Optional.of("http://proxy.local/api/v10"), Optional.of(" "));
        assertFalse(settings.toString().contains("secret"), settings.toString());
        assertEquals(Optional.of("42"), settings.guildId());
        assertEquals(Optional.of("http://proxy.local/api/v10/"), settings.apiUrl());
        assertEquals(Optional.empty(), settings.gatewayUrl());
    }
}
