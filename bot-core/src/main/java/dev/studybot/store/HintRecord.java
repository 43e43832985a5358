package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's hint on one quiz question (查看提示): a right answer after it earns half the points.
 *
 * @param quizId     the quiz
 * @param chat       the chat
 * @param number     the question's number in the quiz
 * @param questionId the question's id
 * @param memberId   who asked for it
 * @param hintedAt   when
 */
public record HintRecord(String quizId, ChatId chat, int number, String questionId, String memberId,
                         Instant hintedAt) {

    public HintRecord {
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(hintedAt, "hintedAt");
    }
}
