package dev.studybot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operators' HTTP endpoints on {@code STUDYBOT_HTTP_PORT}: {@code /healthz} (200 when the index is open and each
 * platform connected, 503 otherwise, with the parts as JSON) and {@code /metrics} (Prometheus' text format, from
 * Micrometer's Prometheus registry). Served by the JDK's own HTTP server on one named thread.
 */
final class OperationsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsServer.class);
    /** Prometheus' text exposition format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService thread;

    private OperationsServer(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    /** Listens on every interface on the port (0: any free port, for tests). */
    static OperationsServer start(int port, Health health, PrometheusMeterRegistry registry) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        ObjectMapper json = new ObjectMapper();
        server.createContext("/healthz", exchange -> {
            Map<String, Object> body = new LinkedHashMap<>();
            boolean healthy = health.healthy();
            body.put("status", healthy ? "up" : "down");
            health.parts().forEach((name, up) -> body.put(name, up ? "up" : "down"));
            respond(exchange, healthy ? 200 : 503, "application/json", json.writeValueAsString(body));
        });
        server.createContext("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, registry.scrape()));
        server.createContext("/", exchange -> respond(exchange, 404, "text/plain; charset=utf-8",
                "StudyBot: /healthz, /metrics\n"));
        ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("studybot-http")
                .daemon(true).factory());
        server.setExecutor(thread);
        server.start();
        LOG.info("health and metrics on port {}: /healthz, /metrics", server.getAddress().getPort());
        return new OperationsServer(server, thread);
    }

    /** The port it listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}
