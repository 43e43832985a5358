package dev.studybot.model;

import java.util.Objects;

/**
 * The person behind a message.
 *
 * @param id   the platform's user id, as text
 * @param name a display name for leaderboards and results
 */
public record Member(String id, String name) {

    public Member {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
    }
}
