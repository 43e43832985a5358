package dev.studybot.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import picocli.CommandLine.Command;

/**
 * {@code studybot health}: asks the running bot's {@code /healthz} on {@code STUDYBOT_HTTP_PORT} (this machine) and
 * exits 0 when it is healthy, 1 otherwise: the container's health check, with no curl needed in the image.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Ask the running bot's /healthz (STUDYBOT_HTTP_PORT); exit 0 when healthy.")
final class HealthCli extends ToolCommand {

    @Override
    public Integer call() throws Exception {
        Config config = config();
        if (config.httpPort().isEmpty()) {
            throw new IllegalArgumentException("STUDYBOT_HTTP_PORT is not set: the bot serves no /healthz");
        }
        URI uri = URI.create("http://127.0.0.1:" + config.httpPort().getAsInt() + "/healthz");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            out().println(response.body());
            out().flush();
            return response.statusCode() == 200 ? 0 : 1;
        } catch (java.io.IOException e) {
            out().println("no answer from " + uri + ": " + e.getMessage());
            out().flush();
            return 1;
        }
    }
}
