package dev.studybot.chat;

/**
 * A button under a reply. Pressing it comes back to the core as a {@link ButtonPress} with this payload.
 *
 * @param label   what the button says
 * @param payload what the core needs to act on the press; at most 64 bytes (Telegram's callback data limit)
 */
public record Button(String label, String payload) {

    /** Telegram's limit on callback data, the tightest of the platforms. */
    public static final int MAX_PAYLOAD_BYTES = 64;

    public Button {
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("button payload longer than 64 bytes: " + payload);
        }
    }
}
