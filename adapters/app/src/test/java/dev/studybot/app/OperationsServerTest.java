package dev.studybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** /healthz says whether every part is up; /metrics is Prometheus' text format. */
class OperationsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsUpOnlyWhenTheIndexAndEveryPlatformAre() throws Exception {
        Health health = new Health();
        AtomicBoolean index = new AtomicBoolean(false);
        AtomicBoolean telegram = new AtomicBoolean(true);
        health.part("index", index::get);
        health.part("telegram", telegram::get);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (OperationsServer server = OperationsServer.start(0, health, registry)) {
            HttpResponse<String> down = get(server, "/healthz");
            assertEquals(503, down.statusCode());
            assertEquals("{\"status\":\"down\",\"index\":\"down\",\"telegram\":\"up\"}", down.body());

            index.set(true);
            HttpResponse<String> up = get(server, "/healthz");
            assertEquals(200, up.statusCode());
            assertEquals("{\"status\":\"up\",\"index\":\"up\",\"telegram\":\"up\"}", up.body());

            telegram.set(false);
            assertEquals(503, get(server, "/healthz").statusCode());
        }
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Counter.builder("studybot.questions").tag("outcome", "answered").register(registry).increment(3);
        try (OperationsServer server = OperationsServer.start(0, new Health(), registry)) {
            HttpResponse<String> metrics = get(server, "/metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
            assertTrue(metrics.body().contains("studybot_questions_total{outcome=\"answered\"} 3.0"), metrics.body());
            assertEquals(404, get(server, "/other").statusCode());
        }
    }

    private HttpResponse<String> get(OperationsServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
