package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The production log format: dated lines, and no token from any logger, ours or a library's. */
class LogFormatTest {

    // Made-up tokens of the real shapes, put together here so that no token-shaped literal sits in the source.
    private static final String TELEGRAM_TOKEN = "123456789" + ":" + "AAEfake" + "x".repeat(28);
    private static final String DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4" + "." + "GabCdE" + "." + "fake".repeat(9);

    @Test
    void libraryLoggersAreMaskedAndEveryLineCarriesTheDate() throws Exception {
        String logged = logWithProductionConfig(log -> {
            log.warn("<-- HTTP FAILED: https://api.telegram.org/bot{}/getUpdates", TELEGRAM_TOKEN);
            log.error("gateway refused", new IllegalStateException("Authorization: Bot " + DISCORD_TOKEN,
                    new IOException("POST https://api.telegram.org/bot" + TELEGRAM_TOKEN + "/sendMessage")));
        });
        assertFalse(logged.contains(TELEGRAM_TOKEN), logged);
        assertFalse(logged.contains(DISCORD_TOKEN), logged);
        assertTrue(logged.contains("bot<token>/getUpdates") && logged.contains("Bot <token>"), logged);
        assertTrue(logged.contains("bot<token>/sendMessage"), "causes are masked too: " + logged);
        List<String> lines = logged.lines().filter(l -> l.contains("okhttp3")).toList();
        assertEquals(2, lines.size(), logged);
        lines.forEach(l -> assertTrue(l.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} .*"), l));
    }

    @Test
    void theMaskKnowsTheConfiguredSecretsWhateverTheirShape() {
        SecretMasker masker = new SecretMasker(List.of("plain-secret-value", " "));
        assertEquals("token <token> here", masker.mask("token plain-secret-value here"));
        assertEquals("nothing secret 12:34", masker.mask("nothing secret 12:34"));
    }

    private static String logWithProductionConfig(java.util.function.Consumer<Logger> body) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            body.accept(context.getLogger("okhttp3.OkHttpClient"));
        } finally {
            context.stop();
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
