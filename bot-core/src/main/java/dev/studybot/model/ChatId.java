package dev.studybot.model;

import java.util.Objects;

/**
 * A chat on one platform: a Telegram chat, a Discord channel, the console.
 *
 * @param platform the adapter's name: {@code telegram}, {@code discord}, {@code console}
 * @param id       the platform's id of the chat, as text
 */
public record ChatId(String platform, String id) {

    public ChatId {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return platform + ":" + id;
    }
}
