package dev.studybot.chat;

import java.util.Objects;

/**
 * A press on a button (or a choice in a poll or select menu) the core offered earlier.
 *
 * @param origin  where and from whom
 * @param payload the button's payload, as the core made it (e.g. {@code more}, {@code quiz:q1:2:0})
 */
public record ButtonPress(Origin origin, String payload) {

    public ButtonPress {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(payload, "payload");
    }
}
