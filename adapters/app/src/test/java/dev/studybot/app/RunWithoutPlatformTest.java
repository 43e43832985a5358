package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studybot} with no token and nothing on standard input, as in a container started without {@code -it}. */
class RunWithoutPlatformTest {

    @TempDir
    Path data;

    @Test
    void saysWhichTokensItLookedForAndHowToChatInsteadOfExitingSilently() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new ByteArrayInputStream(new byte[0]),
                Map.of("STUDYBOT_DATA", data.resolve("d").toString()), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute();
        assertEquals(RunCli.NOTHING_TO_RUN, exit);
        assertEquals("", out.toString());
        String said = err.toString();
        assertTrue(said.contains("TELEGRAM_TOKEN") && said.contains("DISCORD_TOKEN"), said);
        assertTrue(said.contains("./studybot chat") && said.contains("docker run -it studybot chat"), said);
        assertFalse(Files.exists(data.resolve("d")), "nothing was built for nothing to run");
    }
}
