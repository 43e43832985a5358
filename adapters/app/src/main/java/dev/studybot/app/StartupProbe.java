package dev.studybot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start to first answer, as a person meets it: a new JVM runs the console chat (with the launcher's flags and its
 * ahead-of-time cache or class-data archive, this jar, the bundled report alone) and is asked one question; the time runs from starting the
 * process to the first line of the answer. Measured on a fresh data folder (the index is built first) and then with
 * the index built.
 */
final class StartupProbe {

    /**
     * The launcher's JVM flags ({@code ./studybot}, the image's entrypoint) besides its cache or archive: the G1
     * collector, deep stacks, no display, and the JVM's own warnings on standard error (standard output is the chat),
     * without the archive's notes on the classes it skips while it is made.
     */
    static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseG1GC", "-Xss4m", "-Djava.awt.headless=true",
            "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");
    static final String QUESTION = "会议由谁主持？";

    /**
     * The measurements, in milliseconds.
     *
     * @param freshMs      on a fresh data folder
     * @param indexBuiltMs with the index built: the median of the runs
     * @param runs         runs with the index built
     * @param fastestMs    with the index built: the fastest run
     * @param slowestMs    with the index built: the slowest run
     */
    record Result(long freshMs, long indexBuiltMs, int runs, long fastestMs, long slowestMs) {
        String line() {
            return String.format("start to first answer (console chat, the bundled report): %.1f s with the index "
                    + "built (median of %d, %.1f–%.1f s), %.1f s on a fresh data folder%n", indexBuiltMs / 1000.0,
                    runs, fastestMs / 1000.0, slowestMs / 1000.0, freshMs / 1000.0);
        }
    }

    private final Map<String, String> environment;

    /** @param environment the settings the measured process inherits ({@code STUDYBOT_DENSE} and the like) */
    StartupProbe(Map<String, String> environment) {
        this.environment = environment;
    }

    Result measure(int runs) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("studybot-startup");
        try {
            long fresh = once(data);
            List<Long> built = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                built.add(once(data));
            }
            built.sort(Comparator.naturalOrder());
            return new Result(fresh, built.get(built.size() / 2), runs, built.get(0), built.get(built.size() - 1));
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * The JVM's flags and what it runs, for this JVM's major version: from the packaged jar, as the launcher runs it
     * ({@code -jar}, whose manifest grants native access), with what the launcher keeps beside it (see
     * {@link #sharedClassFlags}); from a class path of folders (tests), the main class with native access granted on
     * the command line and no archive.
     */
    static List<String> launch(String classPath) {
        return launch(classPath, Runtime.version().feature());
    }

    static List<String> launch(String classPath, int javaMajor) {
        List<String> command = new ArrayList<>();
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            Path jar = Path.of(classPath).toAbsolutePath();
            command.addAll(sharedClassFlags(jar, javaMajor));
            command.addAll(LAUNCHER_FLAGS);
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.add("--enable-native-access=ALL-UNNAMED");
            command.addAll(LAUNCHER_FLAGS);
            command.addAll(List.of("-cp", classPath, Main.class.getName()));
        }
        return command;
    }

    /**
     * On JDK 25 and newer the launcher's ahead-of-time cache ({@code studybot.aot}), only when it was made after the
     * jar: the JVM does not notice a cache made from an older jar and would run that jar's classes. On JDK 21-24 the
     * class-data archive ({@code studybot.jsa}), made by the first run if missing; JDK 21 refuses the cache's flags.
     */
    static List<String> sharedClassFlags(Path jar, int javaMajor) {
        if (javaMajor < 25) {
            return List.of("-XX:SharedArchiveFile=" + jar.resolveSibling("studybot.jsa"), "-XX:+AutoCreateSharedArchive");
        }
        Path cache = jar.resolveSibling("studybot.aot");
        try {
            if (Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                return List.of("-XX:AOTCache=" + cache);
            }
        } catch (IOException missing) {
            // no cache (or no jar yet): the JVM runs without
        }
        return List.of();
    }

    private long once(Path data) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch(System.getProperty("java.class.path")));
        command.add("chat");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("STUDYBOT_") || name.endsWith("_TOKEN"));
        environment.forEach((name, value) -> {
            if (name.startsWith("STUDYBOT_") && !name.equals("STUDYBOT_LIBRARY")) {
                builder.environment().put(name, value);
            }
        });
        builder.environment().put("STUDYBOT_DATA", data.toString());
        long started = System.nanoTime();
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                     StandardCharsets.UTF_8))) {
            in.write((QUESTION + "\n").getBytes(StandardCharsets.UTF_8));
            in.close();
            String first = out.readLine();
            long elapsed = System.nanoTime() - started;
            if (first == null || first.isBlank()) {
                throw new IOException("the console chat gave no answer");
            }
            out.transferTo(java.io.Writer.nullWriter());
            return TimeUnit.NANOSECONDS.toMillis(elapsed);
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
