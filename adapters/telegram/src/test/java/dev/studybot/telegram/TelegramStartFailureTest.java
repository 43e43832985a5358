package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.MessengerRouter;
import dev.studybot.store.InMemoryPostedPolls;
import dev.studybot.testing.MutableClock;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A start that fails says why, and whether trying again can help: a refused token cannot (the process ends), an
 * unreachable Bot API can (the app tries again with backoff).
 */
@Tag("slow") // the real client against a fake Bot API
class TelegramStartFailureTest {

    private static final String TOKEN = "4444:start-failure-token-never-logged";

    @Test
    void aRefusedTokenIsAConfigurationError() throws Exception {
        Path data = Files.createTempDirectory("telegram-refused");
        try (FakeBotApi api = new FakeBotApi();
             TestCore core = new TestCore(new MutableClock(Instant.parse("2026-05-01T08:00:00Z")), data)) {
            api.failNext("getMe", 401, "Unauthorized", null, null);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> TelegramBot.start(
                    new TelegramSettings(TOKEN, api.url(), wait -> { }, Duration.ofSeconds(1)), core.dispatcher,
                    new MessengerRouter(), (from, to) -> { }, new InMemoryPostedPolls(), core.clock));
            assertTrue(refused.getMessage().contains("TELEGRAM_TOKEN"), refused.getMessage());
            assertFalse(refused.getMessage().contains(TOKEN), "never the token itself");
        }
    }

    @Test
    void anUnreachableBotApiIsWorthTryingAgain() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("telegram-unreachable");
        try (TestCore core = new TestCore(new MutableClock(Instant.parse("2026-05-01T08:00:00Z")), data)) {
            IllegalStateException unreachable = assertThrows(IllegalStateException.class, () -> TelegramBot.start(
                    new TelegramSettings(TOKEN, TelegramSettings.parseUrl("http://127.0.0.1:" + closedPort),
                            wait -> { }, Duration.ofSeconds(1)),
                    core.dispatcher, new MessengerRouter(), (from, to) -> { }, new InMemoryPostedPolls(), core.clock));
            assertTrue(unreachable.getMessage().contains("cannot be reached"), unreachable.getMessage());
            assertFalse(unreachable.getMessage().contains(TOKEN), "never the token itself");
        }
    }
}
