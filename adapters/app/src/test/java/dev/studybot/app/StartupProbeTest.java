package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void timesTheJvmTheLauncherStartsAndTrainsItsCacheWith() throws Exception {
        String launcher = Files.readString(Path.of("../../studybot").toAbsolutePath().normalize());
        String started = launcher.substring(launcher.indexOf("exec \"$JAVA_HOME/bin/java\""));
        String trained = launcher.substring(launcher.indexOf("training_flags=("));
        trained = trained.substring(0, trained.indexOf(')'));
        for (String flag : StartupProbe.LAUNCHER_FLAGS) {
            String option = flag.startsWith("-Xlog:all=") ? flag.substring(0, flag.indexOf('=')) : flag;
            assertTrue(started.contains(flag), "the launcher starts the bot with " + flag);
            assertTrue(trained.contains(option), "the launcher makes its cache with " + option);
        }
    }

    @Test
    void onJdk25AndNewerRunsThePackagedJarWithTheLaunchersCacheWhenItIsNewerThanTheJar(@TempDir Path folder)
            throws Exception {
        Path jar = Files.writeString(folder.resolve("studybot.jar"), "jar");
        Path cache = Files.writeString(folder.resolve("studybot.aot"), "cache");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(cache, FileTime.fromMillis(2_000_000));
        List<String> command = StartupProbe.launch(jar.toString(), 25);
        assertTrue(command.contains("-XX:AOTCache=" + cache), command.toString());
        assertTrue(command.stream().noneMatch(flag -> flag.contains("SharedArchive")), command.toString());
        assertEquals(List.of("-jar", jar.toString()), command.subList(command.size() - 2, command.size()));
        assertTrue(command.containsAll(StartupProbe.LAUNCHER_FLAGS), command.toString());

        // a cache older than the jar is another jar's: the JVM would run its classes without a word
        Files.setLastModifiedTime(jar, FileTime.fromMillis(3_000_000));
        assertTrue(StartupProbe.launch(jar.toString(), 25).stream().noneMatch(flag -> flag.startsWith("-XX:AOT")),
                StartupProbe.launch(jar.toString(), 25).toString());
        Files.delete(cache);
        assertTrue(StartupProbe.launch(jar.toString(), 26).stream().noneMatch(flag -> flag.startsWith("-XX:AOT")));
    }

    @Test
    void onJdk21To24RunsThePackagedJarWithTheClassDataArchiveAndNoCacheFlagsItWouldRefuse() {
        java.util.List<String> command = StartupProbe.launch("/opt/bot/studybot.jar", 21);
        assertTrue(command.contains("-XX:SharedArchiveFile=/opt/bot/studybot.jsa"), command.toString());
        assertTrue(command.contains("-XX:+AutoCreateSharedArchive"), command.toString());
        assertTrue(command.stream().noneMatch(flag -> flag.startsWith("-XX:AOT")), command.toString());
        assertEquals(command, StartupProbe.launch("/opt/bot/studybot.jar", 24));
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
        assertTrue(command.stream().noneMatch(flag -> flag.startsWith("-XX:SharedArchiveFile")
                || flag.startsWith("-XX:AOT")), command.toString());
        assertEquals(Main.class.getName(), command.get(command.size() - 1));
    }
}
