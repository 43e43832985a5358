package dev.studybot.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image cannot be built here (base images cannot be fetched), so this runs what it runs: the packaged jar
 * started with the Dockerfile's own entrypoint flags and environment ({@code STUDYBOT_DATA} pointing at a fresh
 * folder, the HTTP port), as an unprivileged user when the test runs as root, and the Dockerfile's own health check
 * command against it.
 */
@Tag("slow") // starts the packaged jar several times
class ImageCommandIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path JAR = MODULE.resolve("target/studybot.jar");
    private static final Path DOCKERFILE = MODULE.resolve("../../Dockerfile").normalize();
    /** The image's jar path, replaced by the packaged jar. */
    private static final String IMAGE_JAR = "/opt/studybot/studybot.jar";
    /**
     * The flag that maps the image's ahead-of-time cache (JDK 25+) or class-data archive (JDK 21-24), written when
     * the image is built: here the one the launcher makes beside the jar, for the JDK that runs the tests.
     */
    private static final String IMAGE_ARGS = "@/opt/studybot/studybot.args";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private static Dockerfile dockerfile;

    @TempDir
    Path folder;

    @BeforeAll
    static void readTheDockerfile() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "the jar is packaged before integration tests: " + JAR);
        dockerfile = Dockerfile.read(DOCKERFILE);
    }

    @Test
    void theImageRunsAsItsOwnUserWithTheLaunchersFlags() {
        assertEquals("studybot", dockerfile.user());
        assertTrue(dockerfile.entrypoint().containsAll(List.of(IMAGE_ARGS,
                "-Xlog:all=warning,cds*=off:stderr", "-XX:+UseG1GC", "-Xss4m", "-jar", IMAGE_JAR)),
                dockerfile.entrypoint().toString());
        assertEquals("/data", dockerfile.environment().get("STUDYBOT_DATA"));
        dockerfile.entrypoint().stream().filter(flag -> flag.startsWith("-")).forEach(flag -> {
            assertTrue(!flag.startsWith("--sun-misc"), "a JDK-23-only option stops JDK 21: " + flag);
            assertTrue(!flag.startsWith("-XX:AOT"), "JDK 21 refuses the ahead-of-time cache's flags: " + flag);
        });
    }

    @Test
    void theImageMakesTheCacheItsJreCanUseAndTheEntrypointMapsIt() {
        String step = dockerfile.runSteps().stream().filter(run -> run.contains("studybot.args")).findFirst()
                .orElseThrow(() -> new AssertionError("no RUN step writes studybot.args: " + dockerfile.runSteps()));
        assertTrue(step.contains("-XshowSettings:properties") && step.contains("-ge 25"), step); // the major version
        for (String flag : List.of("-XX:AOTCacheOutput=/opt/studybot/studybot.aot",
                "-XX:AOTCache=/opt/studybot/studybot.aot", "-XX:ArchiveClassesAtExit=/opt/studybot/studybot.jsa",
                "-XX:SharedArchiveFile=/opt/studybot/studybot.jsa", "> /opt/studybot/studybot.args")) {
            assertTrue(step.contains(flag), flag + " in " + step);
        }
    }

    @Test
    void aCacheTheJvmCannotUseNeverStopsTheBotAndItsWarningsStayOffTheChat() throws Exception {
        Path broken = folder.resolve("broken.aot");
        Files.write(broken, "not a cache".repeat(1000).getBytes(StandardCharsets.UTF_8));
        Path args = folder.resolve("broken.args");
        String flag = Runtime.version().feature() >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        Files.writeString(args, flag + broken + "\n", StandardCharsets.UTF_8);
        List<String> command = dockerfile.entrypoint().stream().map(word -> word.equals(IMAGE_ARGS) ? "@" + args : word)
                .toList();
        Process bot = start(command, dataFolder(), freePort(), List.of("chat"));
        try (OutputStream stdin = bot.getOutputStream()) {
            stdin.write("/help\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(bot.waitFor(120, TimeUnit.SECONDS), "it ends");
        String out = new String(bot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(bot.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bot.exitValue(), err);
        assertTrue(out.startsWith("StudyBot"), "the chat's help, nothing of the JVM's before it: " + out);
        if (Runtime.version().feature() >= 25) { // JDK 21's notes on a class-data archive are tagged cds, not shown
            assertTrue(err.contains("AOT cache"), "the JVM says on standard error why it runs without: " + err);
        }
    }

    @Test
    void withoutTokenOrInputItSaysWhatToDoInsteadOfExitingSilently() throws Exception {
        Path data = dataFolder();
        Process process = start(dockerfile.entrypoint(), data, freePort(), List.of());
        process.getOutputStream().close(); // docker run without -it: standard input is closed
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "it ends");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), err);
        assertTrue(err.contains("TELEGRAM_TOKEN") && err.contains("DISCORD_TOKEN"), err);
    }

    @Test
    void theConsoleChatAnswersServesHealthAndMetricsAndKeepsItsDataInTheVolume() throws Exception {
        Path data = dataFolder();
        int port = freePort();
        Process bot = start(dockerfile.entrypoint(), data, port, List.of("chat"));
        try {
            OutputStream stdin = bot.getOutputStream();
            stdin.write("会议由谁主持？\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            BufferedReader out = new BufferedReader(new InputStreamReader(bot.getInputStream(),
                    StandardCharsets.UTF_8));
            String answer = out.readLine();
            assertTrue(answer != null && answer.contains("主持会议"), String.valueOf(answer));

            Process health = start(dockerfile.healthcheck(), data, port, List.of());
            assertTrue(health.waitFor(60, TimeUnit.SECONDS));
            String said = new String(health.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, health.exitValue(), "the health check passes: " + said);
            assertTrue(said.contains("\"index\":\"up\""), said);

            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(metrics.body().contains("studybot_questions_total{outcome=\"answered\"} 1.0"), metrics.body());

            assertTrue(Files.isRegularFile(data.resolve("studybot.db")), "the database is in STUDYBOT_DATA");
            assertTrue(Files.isDirectory(data.resolve("index")), "the index is in STUDYBOT_DATA");
            try (java.util.stream.Stream<Path> models = Files.list(data.resolve("model"))) {
                assertTrue(models.anyMatch(file -> file.getFileName().toString().endsWith(".onnx")),
                        "the optimized model is kept in STUDYBOT_DATA");
            }
            assertTrue(Files.isRegularFile(data.resolve("hanlp/data/dictionary/tc/t2s.txt.bin")),
                    "HanLP's cache of its traditional-to-simplified table is kept in STUDYBOT_DATA");

            stdin.close();
            assertTrue(bot.waitFor(60, TimeUnit.SECONDS), "the chat ends with its input");
            assertEquals(0, bot.exitValue());
        } finally {
            bot.destroyForcibly();
        }
    }

    /** The volume: a fresh folder the unprivileged user may write. */
    private Path dataFolder() throws IOException {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        return data;
    }

    /** The image's command: its java is this JDK's, its jar the packaged one, run as nobody when we are root. */
    private Process start(List<String> imageCommand, Path data, int port, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        if (ROOT && Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        for (String word : imageCommand) {
            command.add(switch (word) {
                case "java" -> Path.of(System.getProperty("java.home"), "bin", "java").toString();
                case IMAGE_JAR -> JAR.toString();
                case IMAGE_ARGS -> "@" + launcherArgs();
                default -> word;
            });
        }
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("STUDYBOT_") || name.endsWith("_TOKEN"));
        env.putAll(dockerfile.environment());
        env.put("STUDYBOT_DATA", data.toString());
        env.put("STUDYBOT_HTTP_PORT", Integer.toString(port));
        env.put("HOME", folder.toString()); // the unprivileged user's home (the tokenizer unpacks into ~/.djl.ai)
        return builder.start();
    }

    /**
     * The flag the launcher starts the jar with for the JDK that runs the tests, in an argument file: its cache when
     * it was made after the packaged jar (an older one would run the older jar's classes), else its archive or none.
     */
    private Path launcherArgs() throws IOException {
        Path args = folder.resolve("studybot.args");
        Path cache = JAR.resolveSibling("studybot.aot");
        String flag = Runtime.version().feature() < 25 ? "-XX:SharedArchiveFile=" + JAR.resolveSibling("studybot.jsa")
                : Files.isRegularFile(cache) && Files.getLastModifiedTime(cache).compareTo(
                        Files.getLastModifiedTime(JAR)) >= 0 ? "-XX:AOTCache=" + cache : "";
        Files.writeString(args, flag + "\n", StandardCharsets.UTF_8);
        return args;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
