package dev.studybot.store;

import java.time.Instant;

/**
 * A missed question waiting for review (Leitner box).
 *
 * @param platform    the member's platform
 * @param memberId    the member
 * @param questionId  the question's id
 * @param chatId      the chat where it was last missed
 * @param question    the question, as JSON
 * @param box         the Leitner box, 1 = most often
 * @param rightStreak right answers in a row since the last miss
 * @param dueAt       when it is next due
 */
public record ReviewItem(String platform, String memberId, String questionId, String chatId, String question,
                         int box, int rightStreak, Instant dueAt) {
}
