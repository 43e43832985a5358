package dev.studybot.store;

import dev.studybot.model.ChatId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One member's answer to one quiz question.
 *
 * @param quizId     the quiz
 * @param chat       the chat
 * @param number     the question's number in the quiz
 * @param questionId the question's id
 * @param memberId   who answered
 * @param memberName their name
 * @param choices    the options chosen (0-based)
 * @param correct    whether it was right
 * @param points     points earned
 * @param answeredAt when
 * @param day        the calendar day of the answer (for streaks)
 */
public record AnswerRecord(String quizId, ChatId chat, int number, String questionId, String memberId,
                           String memberName, List<Integer> choices, boolean correct, int points, Instant answeredAt,
                           LocalDate day) {

    public AnswerRecord {
        choices = List.copyOf(choices);
    }
}
