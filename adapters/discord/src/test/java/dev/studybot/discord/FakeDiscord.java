package dev.studybot.discord;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A fake Discord on 127.0.0.1: the REST API calls the adapter makes and a JSON gateway (HELLO, READY, heartbeat
 * ACKs) that the test drives by pushing dispatch events. Every REST request is recorded.
 */
final class FakeDiscord implements AutoCloseable {

    static final String BOT_ID = "100000000000000001";
    static final String APP_ID = "100000000000000002";
    static final String USER_ID = "100000000000000777";
    static final String DM_CHANNEL_ID = "100000000000000555";

    /** A REST request as the fake saw it. */
    record Call(String method, String path, DataObject body, String raw) {
        @Override
        public String toString() {
            return method + " " + path + " " + body;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final List<Call> seen = new CopyOnWriteArrayList<>();
    private final AtomicReference<WebSocket> socket = new AtomicReference<>();
    private final BlockingQueue<Boolean> ready = new LinkedBlockingQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong messageIds = new AtomicLong(200000000000000000L);

    FakeDiscord() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/gateway";
    }

    /** Waits for JDA to identify and get READY. */
    void awaitReady() throws InterruptedException {
        if (ready.poll(20, TimeUnit.SECONDS) == null) {
            throw new AssertionError("JDA never identified; calls: " + seen);
        }
    }

    /** Pushes a gateway dispatch event. */
    void dispatch(String type, String json) {
        DataObject event = DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet())
                .put("d", DataObject.fromJson(json));
        socket.get().send(event.toString());
    }

    /** Waits for the next REST call matching the test (others are skipped, still recorded). */
    Call await(String method, Predicate<String> path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Call call = calls.poll(100, TimeUnit.MILLISECONDS);
            if (call != null && call.method().equals(method) && path.test(call.path())) {
                return call;
            }
        }
        throw new AssertionError("no " + method + " call as expected; calls: " + seen);
    }

    /** Waits for the {@code nth} (1-based) REST call, among all seen so far, that matches; none is consumed. */
    Call awaitSeen(String method, Predicate<Call> matching, int nth) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<Call> found = seen.stream().filter(c -> c.method().equals(method) && matching.test(c)).toList();
            if (found.size() >= nth) {
                return found.get(nth - 1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + method + " call #" + nth + " as expected; calls: " + seen);
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/gateway")) {
            return new MockResponse.Builder().webSocketUpgrade(new Gateway()).build();
        }
        String text = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        DataObject body = text.isBlank() || !text.strip().startsWith("{") ? DataObject.empty()
                : DataObject.fromJson(text);
        Call call = new Call(request.getMethod(), path.replaceFirst("^/api/v10", ""), body, text);
        seen.add(call);
        calls.add(call);
        String p = call.path();
        if (p.equals("/users/@me") && call.method().equals("GET")) {
            return json(selfUser().toString());
        }
        if (p.equals("/gateway/bot")) {
            return json("{\"url\":\"" + gatewayUrl() + "\",\"shards\":1,\"session_start_limit\":"
                    + "{\"total\":1000,\"remaining\":1000,\"reset_after\":0,\"max_concurrency\":1}}");
        }
        if (p.endsWith("/commands")) {
            return json("[]");
        }
        if (p.endsWith("/callback")) {
            return new MockResponse.Builder().code(204).build();
        }
        if (p.equals("/users/@me/channels")) {
            return json("{\"id\":\"" + DM_CHANNEL_ID + "\",\"type\":1,\"recipients\":[" + user() + "]}");
        }
        if (p.startsWith("/webhooks/") || p.startsWith("/channels/")) {
            String id = p.matches(".*/messages/\\d+$") ? p.substring(p.lastIndexOf('/') + 1)
                    : String.valueOf(messageIds.incrementAndGet());
            return json(message(id, p.startsWith("/channels/") ? p.split("/")[2] : DM_CHANNEL_ID, body));
        }
        return new MockResponse.Builder().code(404).body("{\"code\":0,\"message\":\"404: Not Found\"}").build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    static DataObject selfUser() {
        return DataObject.fromJson("{\"id\":\"" + BOT_ID + "\",\"username\":\"studybot\",\"discriminator\":\"0\","
                + "\"avatar\":null,\"bot\":true,\"verified\":true,\"mfa_enabled\":false,\"flags\":0}");
    }

    static String user() {
        return "{\"id\":\"" + USER_ID + "\",\"username\":\"alice\",\"global_name\":\"Alice\",\"discriminator\":\"0\","
                + "\"avatar\":null}";
    }

    /** A message as Discord returns it for a send or an edit, echoing what was sent. */
    private static String message(String id, String channelId, DataObject sent) {
        DataObject message = DataObject.fromJson("{\"type\":0,\"tts\":false,\"pinned\":false,\"mention_everyone\":false,"
                + "\"mentions\":[],\"mention_roles\":[],\"attachments\":[],\"embeds\":[],\"components\":[],"
                + "\"flags\":0,\"timestamp\":\"2026-01-01T00:00:00.000000+00:00\",\"edited_timestamp\":null,"
                + "\"content\":\"\"}");
        message.put("id", id).put("channel_id", channelId).put("author", selfUser());
        if (sent.hasKey("content") && !sent.isNull("content")) {
            message.put("content", sent.getString("content"));
        }
        sent.optArray("embeds").ifPresent(embeds -> {
            // Discord gives every embed it returns a type; JDA insists on it.
            for (int i = 0; i < embeds.length(); i++) {
                embeds.getObject(i).put("type", "rich");
            }
            message.put("embeds", embeds);
        });
        return message.toString();
    }

    /** The gateway side: HELLO on open, READY for IDENTIFY, ACK for heartbeats. */
    private final class Gateway extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            socket.set(webSocket);
            webSocket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":45000}}");
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            DataObject frame = DataObject.fromJson(text);
            switch (frame.getInt("op")) {
                case 1 -> webSocket.send("{\"op\":11}");
                case 2 -> {
                    dispatch("READY", "{\"v\":10,\"user\":" + selfUser() + ",\"guilds\":[],\"private_channels\":[],"
                            + "\"session_id\":\"session-1\",\"resume_gateway_url\":\"" + gatewayUrl() + "\","
                            + "\"application\":{\"id\":\"" + APP_ID + "\",\"flags\":0}}");
                    ready.add(true);
                }
                default -> { }
            }
        }
    }

    @Override
    public void close() {
        WebSocket ws = socket.get();
        if (ws != null) {
            ws.close(1000, "test over");
        }
        server.close();
    }
}
