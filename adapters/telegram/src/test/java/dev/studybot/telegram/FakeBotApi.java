package dev.studybot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A fake Telegram Bot API on 127.0.0.1 (OkHttp's MockWebServer): answers the methods the adapter uses, serves
 * queued updates to getUpdates (an empty result after 200 ms when there are none, as a real long poll would), can
 * fail a method's next call, and records every request for assertions. Method names match case-insensitively.
 */
final class FakeBotApi implements AutoCloseable {

    static final long BOT_ID = 999;
    static final String BOT_USERNAME = "study_test_bot";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * A request the bot sent.
     *
     * @param method the Bot API method, lower case
     * @param path   the request path (contains the token)
     * @param body   the JSON body
     */
    record Call(String method, String path, JsonNode body) {
        long chatId() {
            return body.path("chat_id").asLong();
        }

        String text() {
            return body.path("text").asText();
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<ObjectNode> updates = new LinkedBlockingQueue<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<MockResponse>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger updateIds = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private final AtomicInteger pollIds = new AtomicInteger();
    /** The poll id each sendPoll call is (or would have been) answered with, fixed when the call arrives. */
    private final Map<Call, String> pollIdByCall = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile String memberStatus = "member";

    FakeBotApi() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    }

    TelegramUrl url() {
        return TelegramUrl.builder().schema("http").host("127.0.0.1").port(server.getPort()).build();
    }

    /** Queues an update (its update_id is filled in) for the next getUpdates. */
    void push(ObjectNode update) {
        update.put("update_id", updateIds.incrementAndGet());
        updates.add(update);
    }

    /** The next call of the method gets this error instead of its normal answer. */
    void failNext(String method, int code, String description, Integer retryAfter, Long migrateTo) {
        ObjectNode body = NODES.objectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null || migrateTo != null) {
            ObjectNode parameters = body.putObject("parameters");
            if (retryAfter != null) {
                parameters.put("retry_after", retryAfter);
            }
            if (migrateTo != null) {
                parameters.put("migrate_to_chat_id", migrateTo);
            }
        }
        failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                .add(json(code, body));
    }

    /** What getChatMember says of everyone. */
    void memberStatus(String status) {
        this.memberStatus = status;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))).toList();
    }

    /** Waits (up to 30 s: CI machines are slow and shared) until the bot has made {@code count} calls that match, and returns them. */
    List<Call> await(String method, Predicate<Call> matching, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<Call> found = calls(method).stream().filter(matching).toList();
            if (found.size() >= count || System.nanoTime() > deadline) {
                if (found.size() < count) {
                    throw new AssertionError("expected " + count + " " + method + " calls, got " + found.size()
                            + "; all calls: " + calls.stream().map(Call::method).toList());
                }
                return found;
            }
            Thread.sleep(20);
        }
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String contentType = request.getHeaders().get("Content-Type");
        JsonNode body = contentType != null && contentType.startsWith("multipart/")
                ? multipart(request, contentType)
                : parse(request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8));
        Call call = new Call(method, path, body);
        if (method.equals("sendpoll")) {
            // Before the call is visible: a test that sees the call must find its poll id.
            pollIdByCall.put(call, "poll-" + pollIds.incrementAndGet());
        }
        if (!method.equals("getupdates")) {
            calls.add(call);
        }
        Queue<MockResponse> failure = failures.get(method);
        MockResponse failed = failure == null ? null : failure.poll();
        if (failed != null) {
            return failed;
        }
        return switch (method) {
            case "getupdates" -> ok(nextUpdates());
            case "deletewebhook", "setmycommands", "answercallbackquery", "leavechat" -> ok(NODES.booleanNode(true));
            case "getme" -> ok(NODES.objectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "StudyBot").put("username", BOT_USERNAME));
            case "sendmessage" -> ok(sentMessage(body));
            case "sendphoto" -> ok(sentMessage(body));
            case "stoppoll" -> ok(NODES.objectNode().put("id", "stopped").put("question", "?")
                    .put("total_voter_count", 0).put("is_closed", true).put("is_anonymous", false)
                    .put("type", "quiz").put("allows_multiple_answers", false).set("options", NODES.arrayNode()));
            case "sendpoll" -> ok(sentPoll(body, pollIdByCall.get(call)));
            case "getchatmember" -> ok(NODES.objectNode().put("status", memberStatus)
                    .set("user", user(body.path("user_id").asLong(), "Member", null)));
            default -> json(404, NODES.objectNode().put("ok", false).put("error_code", 404)
                    .put("description", "Not Found: method " + method));
        };
    }

    private ArrayNode nextUpdates() throws InterruptedException {
        ArrayNode result = NODES.arrayNode();
        ObjectNode first = updates.poll(200, TimeUnit.MILLISECONDS);
        if (first != null) {
            result.add(first);
            Queue<ObjectNode> rest = new ArrayDeque<>();
            updates.drainTo(rest);
            rest.forEach(result::add);
        }
        return result;
    }

    private ObjectNode sentMessage(JsonNode request) {
        ObjectNode message = NODES.objectNode().put("message_id", messageIds.incrementAndGet()).put("date", 1_700_000_000);
        message.putObject("chat").put("id", request.path("chat_id").asLong())
                .put("type", request.path("chat_id").asLong() > 0 ? "private" : "supergroup");
        message.put("text", request.path("text").asText());
        return message;
    }

    private ObjectNode sentPoll(JsonNode request, String pollId) {
        ObjectNode message = sentMessage(request);
        message.remove("text");
        ObjectNode poll = message.putObject("poll").put("id", pollId)
                .put("question", request.path("question").asText()).put("total_voter_count", 0)
                .put("is_closed", false).put("is_anonymous", false).put("type", request.path("type").asText())
                .put("allows_multiple_answers", request.path("allows_multiple_answers").asBoolean());
        ArrayNode options = poll.putArray("options");
        request.path("options").forEach(o -> options.addObject().put("text", o.path("text").asText())
                .put("voter_count", 0));
        return message;
    }

    /** The id of the poll the fake gave in answer to this sendPoll. */
    String pollIdOf(Call sendPoll) {
        return pollIdByCall.get(sendPoll);
    }


    private static MockResponse ok(JsonNode result) {
        ObjectNode body = NODES.objectNode().put("ok", true);
        body.set("result", result);
        return json(200, body);
    }

    private static MockResponse json(int code, JsonNode body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body.toString()).build();
    }

    /**
     * A multipart upload (sendPhoto) as JSON: each text field as itself, each file as {@code <name>_bytes} (its
     * size), {@code <name>_png} (whether it starts like a PNG) and {@code <name>_file} (its file name).
     */
    private static JsonNode multipart(RecordedRequest request, String contentType) {
        ObjectNode fields = NODES.objectNode();
        String boundary = contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
        try (okhttp3.MultipartReader reader = new okhttp3.MultipartReader(
                new okio.Buffer().write(request.getBody()), boundary)) {
            for (okhttp3.MultipartReader.Part part; (part = reader.nextPart()) != null; ) {
                String disposition = String.valueOf(part.headers().get("Content-Disposition"));
                String name = disposition.replaceFirst(".*name=\"([^\"]*)\".*", "$1");
                byte[] bytes = part.body().readByteArray();
                if (disposition.contains("filename=")) {
                    fields.put(name + "_bytes", bytes.length);
                    fields.put(name + "_png", bytes.length > 8 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G');
                    fields.put(name + "_file", disposition.replaceFirst(".*filename=\"([^\"]*)\".*", "$1"));
                } else {
                    fields.put(name, new String(bytes, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            fields.put("unparsed", e.toString());
        }
        return fields;
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? NODES.objectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return NODES.objectNode().put("unparsed", body);
        }
    }

    // Builders of updates, shaped like Telegram's.

    static ObjectNode user(long id, String firstName, String languageCode) {
        ObjectNode user = NODES.objectNode().put("id", id).put("is_bot", false).put("first_name", firstName);
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    static ObjectNode message(long chatId, ObjectNode from, String text) {
        ObjectNode message = NODES.objectNode().put("message_id", 1).put("date", 1_700_000_000);
        message.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        message.set("from", from);
        if (text != null) {
            message.put("text", text);
        }
        return NODES.objectNode().set("message", message);
    }

    static ObjectNode callback(String id, long chatId, ObjectNode from, String data) {
        ObjectNode query = NODES.objectNode().put("id", id).put("chat_instance", "ci").put("data", data);
        query.set("from", from);
        ObjectNode message = query.putObject("message").put("message_id", 5).put("date", 1_700_000_000);
        message.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        message.set("from", user(BOT_ID, "StudyBot", null).put("is_bot", true));
        message.put("text", "answer");
        return NODES.objectNode().set("callback_query", query);
    }

    static ObjectNode pollAnswer(String pollId, ObjectNode user, int... options) {
        ObjectNode answer = NODES.objectNode().put("poll_id", pollId);
        answer.set("user", user);
        ArrayNode ids = answer.putArray("option_ids");
        for (int option : options) {
            ids.add(option);
        }
        return NODES.objectNode().set("poll_answer", answer);
    }

    static ObjectNode migration(long fromChat, long toChat) {
        ObjectNode message = NODES.objectNode().put("message_id", 2).put("date", 1_700_000_000)
                .put("migrate_to_chat_id", toChat);
        message.putObject("chat").put("id", fromChat).put("type", "group");
        message.set("from", user(7, "Admin", null));
        return NODES.objectNode().set("message", message);
    }

    /** The bot's own membership in a group or channel changing (my_chat_member), by a member. */
    static ObjectNode botMembership(long chatId, String chatType, long byUser, String before, String now) {
        ObjectNode change = NODES.objectNode().put("date", 1_700_000_000);
        change.putObject("chat").put("id", chatId).put("type", chatType).put("title", "学习小组");
        change.set("from", user(byUser, "Admin", null));
        change.putObject("old_chat_member").put("status", before).set("user", user(BOT_ID, "StudyBot", null));
        change.putObject("new_chat_member").put("status", now).set("user", user(BOT_ID, "StudyBot", null));
        return NODES.objectNode().set("my_chat_member", change);
    }

    /** A post in a channel (no sender user: the channel posts). */
    static ObjectNode channelPost(long chatId, String text) {
        ObjectNode post = NODES.objectNode().put("message_id", 3).put("date", 1_700_000_000).put("text", text);
        post.putObject("chat").put("id", chatId).put("type", "channel").put("title", "每日学习");
        return NODES.objectNode().set("channel_post", post);
    }

    @Override
    public void close() {
        server.close();
    }
}
