package dev.studybot.image;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the repository's Dockerfile runs, read from the file itself: the runtime stage's {@code ENTRYPOINT} and
 * {@code HEALTHCHECK} commands (exec form) and its {@code ENV}, so that a test runs exactly that.
 *
 * @param entrypoint  the entrypoint's words
 * @param healthcheck the health check's command words
 * @param environment the runtime stage's environment
 * @param user        the user the runtime stage runs as
 * @param runSteps    the runtime stage's {@code RUN} commands (shell form, continued lines joined)
 */
record Dockerfile(List<String> entrypoint, List<String> healthcheck, Map<String, String> environment, String user,
                  List<String> runSteps) {

    private static final Pattern ENV_PAIR = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\\S+)");

    static Dockerfile read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\\\n", " ");
        String runtime = text.substring(text.lastIndexOf("\nFROM "));
        ObjectMapper json = new ObjectMapper();
        List<String> entrypoint = json.readValue(instruction(runtime, "ENTRYPOINT"), new TypeReference<>() { });
        String health = instruction(runtime, "HEALTHCHECK");
        List<String> healthcheck = json.readValue(health.substring(health.indexOf("CMD ") + 4).strip(),
                new TypeReference<>() { });
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : runtime.lines().filter(l -> l.startsWith("ENV ")).toList()) {
            Matcher pair = ENV_PAIR.matcher(line.substring(4));
            while (pair.find()) {
                environment.put(pair.group(1), pair.group(2));
            }
        }
        List<String> runSteps = runtime.lines().filter(l -> l.startsWith("RUN ")).map(l -> l.substring(4).strip())
                .toList();
        return new Dockerfile(entrypoint, healthcheck, environment, instruction(runtime, "USER").strip(), runSteps);
    }

    private static String instruction(String stage, String name) {
        return stage.lines().filter(l -> l.startsWith(name + " ")).reduce((first, last) -> last)
                .map(l -> l.substring(name.length() + 1).strip())
                .orElseThrow(() -> new IllegalStateException("the Dockerfile's runtime stage has no " + name));
    }
}
