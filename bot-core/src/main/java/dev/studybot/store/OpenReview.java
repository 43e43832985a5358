package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.util.Objects;

/**
 * The review question a member was given in a chat and has not answered yet.
 *
 * @param chat     where it was asked
 * @param memberId who was asked
 * @param reviewId the id it was given when asked (answers carry it)
 * @param question the question, as JSON
 * @param openedAt when it was asked
 */
public record OpenReview(ChatId chat, String memberId, String reviewId, String question, Instant openedAt) {

    public OpenReview {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
