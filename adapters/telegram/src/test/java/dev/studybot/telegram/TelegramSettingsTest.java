package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Reading TELEGRAM_TOKEN and TELEGRAM_API_URL, and keeping the token secret. */
class TelegramSettingsTest {

    private static final String TOKEN = "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    @Test
    void theDefaultServerIsTelegrams() {
        assertEquals(TelegramUrl.DEFAULT_URL, TelegramSettings.of(TOKEN, Optional.empty()).apiUrl());
    }

    @Test
    void aSelfHostedServerIsParsedWithTheSchemesPort() {
        TelegramUrl local = TelegramSettings.parseUrl("http://127.0.0.1:8081");
        assertEquals("http", local.getSchema());
        assertEquals("127.0.0.1", local.getHost());
        assertEquals(8081, local.getPort());
        assertEquals(443, TelegramSettings.parseUrl("https://bots.example.org/").getPort());
        assertThrows(IllegalArgumentException.class, () -> TelegramSettings.parseUrl("ftp://x"));
        assertThrows(IllegalArgumentException.class, () -> TelegramSettings.parseUrl("127.0.0.1:8081"));
    }

    @Test
    void aMalformedTokenIsRefusedWithoutEchoingIt() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> TelegramSettings.of("not a token SECRET", Optional.empty()));
        assertFalse(error.getMessage().contains("SECRET"));
        assertFalse(TelegramSettings.of(TOKEN, Optional.empty()).toString().contains(TOKEN));
    }

    @Test
    void theRedactorMasksTheTokenAndTokenShapedTextInMessagesAndCauses() {
        TokenRedactor redactor = new TokenRedactor(TOKEN);
        assertEquals("GET /bot<token>/getMe", redactor.redact("GET /bot" + TOKEN + "/getMe"));
        assertEquals("other <token>", redactor.redact("other 987654:ZZZZZZZZZZZZZZZZZZZZZZZZZZ"));
        var redacted = redactor.redact(new RuntimeException("call failed",
                new IOException("http://h/bot" + TOKEN + "/x")));
        assertEquals("java.io.IOException: http://h/bot<token>/x", redacted.getCause().getMessage());
        assertFalse(redacted.toString().contains(TOKEN));
    }
}
