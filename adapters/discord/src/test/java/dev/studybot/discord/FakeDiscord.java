package dev.studybot.discord;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** A second member of the server, who has Manage Server through the {@link #ADMIN_ROLE_ID} role. */
    static final String ADMIN_ID = "100000000000000778";
    /** The server's owner: nobody in the tests (the owner has every permission, whatever the roles say). */
    static final String OWNER_ID = "100000000000000999";
    /** The one server: the bot, Alice (a plain member) and Bob (an admin). */
    static final String GUILD_ID = "300000000000000001";
    static final String GUILD_CHANNEL_ID = "300000000000000010";
    static final String ADMIN_ROLE_ID = "300000000000000020";
    static final String BOT_ROLE_ID = "300000000000000021";
    /** @everyone: view, send, read history, use application commands; no Embed Links, no Manage Server. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 16) | (1L << 31);
    /** The bot's own role adds Embed Links (the bot's answers are embeds). */
    static final long BOT_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16);
    /** Manage Server. */
    static final long ADMIN_PERMISSIONS = 1L << 5;

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
    /** Every gateway connection (one per shard), closed with the fake. */
    private final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Boolean> ready = new LinkedBlockingQueue<>();
    /** The {@code d} of every IDENTIFY the gateway received, in order. */
    private final List<DataObject> identifies = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong messageIds = new AtomicLong(200000000000000000L);
    /** The channel of each interaction, by its token: follow-ups come back as messages of that channel. */
    private final Map<String, String> interactionChannels = new ConcurrentHashMap<>();

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
        DataObject data = DataObject.fromJson(json);
        if (type.equals("INTERACTION_CREATE")) {
            interactionChannels.put(data.getString("token"), data.getString("channel_id"));
        }
        DataObject event = DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet())
                .put("d", data);
        socket.get().send(event.toString());
    }

    /** Waits for {@code count} IDENTIFY frames and returns them all. */
    List<DataObject> awaitIdentifies(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (identifies.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (identifies.size() < count) {
            throw new AssertionError(identifies.size() + " IDENTIFY frames, not " + count + ": " + identifies);
        }
        return List.copyOf(identifies);
    }

    /** Every REST call so far. */
    List<Call> seen() {
        return List.copyOf(seen);
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
            String channel = p.startsWith("/channels/") ? p.split("/")[2]
                    : interactionChannels.getOrDefault(p.split("/")[3], DM_CHANNEL_ID);
            return json(message(id, channel, body));
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

    static String admin() {
        return "{\"id\":\"" + ADMIN_ID + "\",\"username\":\"bob\",\"global_name\":\"Bob\",\"discriminator\":\"0\","
                + "\"avatar\":null}";
    }

    /** The server as GUILD_CREATE delivers it: one text channel, three roles, the bot's own member. */
    static String guild() {
        return "{\"id\":\"" + GUILD_ID + "\",\"name\":\"Study group\",\"unavailable\":false,\"owner_id\":\""
                + OWNER_ID + "\",\"member_count\":4,\"afk_timeout\":300,\"verification_level\":0,"
                + "\"default_message_notifications\":0,\"explicit_content_filter\":0,\"mfa_level\":0,\"nsfw_level\":0,\"large\":false,\"preferred_locale\":\"zh-CN\","
                + "\"features\":[],\"threads\":[],\"guild_scheduled_events\":[],\"emojis\":[],\"stickers\":[],"
                + "\"voice_states\":[],\"presences\":[],\"stage_instances\":[],\"joined_at\":"
                + "\"2026-01-01T00:00:00.000000+00:00\",\"channels\":[{\"id\":\"" + GUILD_CHANNEL_ID + "\",\"type\":0,"
                + "\"name\":\"study\",\"guild_id\":\"" + GUILD_ID + "\",\"position\":0,\"permission_overwrites\":[],"
                + "\"nsfw\":false,\"topic\":null,\"parent_id\":null,\"last_message_id\":null,"
                + "\"rate_limit_per_user\":0}],\"roles\":["
                + role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0, false) + ","
                + role(ADMIN_ROLE_ID, "Mods", ADMIN_PERMISSIONS, 2, false) + ","
                + role(BOT_ROLE_ID, "StudyBot", BOT_PERMISSIONS, 1, true) + "],\"members\":["
                + member(selfUser().toString(), BOT_ROLE_ID) + "]}";
    }

    private static String role(String id, String name, long permissions, int position, boolean managed) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"permissions\":\"" + permissions
                + "\",\"position\":" + position + ",\"color\":0,\"colors\":{\"primary_color\":0,"
                + "\"secondary_color\":null,\"tertiary_color\":null},\"hoist\":false,\"managed\":" + managed
                + ",\"mentionable\":false,\"flags\":0}";
    }

    /** A server member with the given roles (ids, none for @everyone only). */
    static String member(String user, String... roles) {
        return "{\"user\":" + user + ",\"roles\":[" + String.join(",",
                Arrays.stream(roles).map(r -> "\"" + r + "\"").toList()) + "],\"nick\":null,"
                + "\"joined_at\":\"2026-01-01T00:00:00.000000+00:00\",\"deaf\":false,\"mute\":false,"
                + "\"flags\":0,\"pending\":false}";
    }

    /** A message as Discord returns it for a send or an edit, echoing what was sent. */
    private static String message(String id, String channelId, DataObject sent) {
        DataObject message = DataObject.fromJson("{\"type\":0,\"tts\":false,\"pinned\":false,\"mention_everyone\":false,"
                + "\"mentions\":[],\"mention_roles\":[],\"attachments\":[],\"embeds\":[],\"components\":[],"
                + "\"flags\":0,\"timestamp\":\"2026-01-01T00:00:00.000000+00:00\",\"edited_timestamp\":null,"
                + "\"content\":\"\"}");
        message.put("id", id).put("channel_id", channelId).put("author", selfUser());
        if (channelId.equals(GUILD_CHANNEL_ID)) {
            message.put("guild_id", GUILD_ID);
        }
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
            sockets.add(webSocket);
            webSocket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":45000}}");
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            DataObject frame = DataObject.fromJson(text);
            switch (frame.getInt("op")) {
                case 1 -> webSocket.send("{\"op\":11}");
                case 2 -> {
                    identifies.add(frame.getObject("d"));
                    // As Discord does: READY lists the server as unavailable, GUILD_CREATE then brings it.
                    dispatch("READY", "{\"v\":10,\"user\":" + selfUser() + ",\"guilds\":[{\"id\":\"" + GUILD_ID
                            + "\",\"unavailable\":true}],\"private_channels\":[],"
                            + "\"session_id\":\"session-1\",\"resume_gateway_url\":\"" + gatewayUrl() + "\","
                            + "\"application\":{\"id\":\"" + APP_ID + "\",\"flags\":0}}");
                    dispatch("GUILD_CREATE", guild());
                    ready.add(true);
                }
                default -> { }
            }
        }
    }

    @Override
    public void close() {
        sockets.forEach(ws -> ws.close(1000, "test over"));
        server.close();
    }
}
