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

    @Test
    void runsThePackagedJarAsTheLauncherDoesWithItsArchiveBesideIt() {
        java.util.List<String> command = StartupProbe.launch("/opt/bot/studybot.jar");
        assertTrue(command.contains("-XX:SharedArchiveFile=/opt/bot/studybot.jsa"), command.toString());
        assertTrue(command.contains("-XX:+AutoCreateSharedArchive"), command.toString());
        assertEquals(java.util.List.of("-jar", "/opt/bot/studybot.jar"), command.subList(command.size() - 2,
                command.size()));
        assertTrue(command.containsAll(StartupProbe.LAUNCHER_FLAGS), command.toString());
        // the manifest grants native access; the flag on the command line would keep the archive from being used
        assertTrue(command.stream().noneMatch(flag -> flag.startsWith("--enable-native-access")), command.toString());
    }

    @Test
    void runsClassFoldersWithNativeAccessOnTheCommandLineAndNoArchive() {
        java.util.List<String> command = StartupProbe.launch("target/classes" + java.io.File.pathSeparator + "x.jar");
        assertTrue(command.contains("--enable-native-access=ALL-UNNAMED"), command.toString());
        assertTrue(command.stream().noneMatch(flag -> flag.startsWith("-XX:SharedArchiveFile")), command.toString());
        assertEquals(Main.class.getName(), command.get(command.size() - 1));
    }
}
