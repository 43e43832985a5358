package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The benchmark's start-to-first-answer figure comes from real console chats (timed by the bench, not here). */
@Tag("slow") // starts two JVMs
class StartupProbeTest {

    @Test
    void startsTheConsoleChatAndTimesItsFirstAnswer() throws Exception {
        StartupProbe.Result result = new StartupProbe(Map.of("STUDYBOT_DENSE", "off")).measure(1);
        assertTrue(result.freshMs() > 0 && result.indexBuiltMs() > 0, result.toString());
        assertEquals(1, result.runs());
        assertTrue(result.line().startsWith("start to first answer (console chat, the bundled report): "),
                result.line());
    }
}
