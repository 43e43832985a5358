package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;

/**
 * A quiz session as stored.
 *
 * @param quizId      the session's id
 * @param chat        the chat it runs in
 * @param starterId   the member who started it
 * @param starterName that member's name
 * @param language    the chat's language code when it started
 * @param total       how many questions
 * @param seconds     seconds per question
 * @param startedAt   when it started
 */
public record QuizRecord(String quizId, ChatId chat, String starterId, String starterName, String language,
                         int total, int seconds, Instant startedAt) {
}
