package dev.studybot.store;

/**
 * A member's totals in a chat over all quizzes.
 *
 * @param memberId the member
 * @param name     their latest name
 * @param answered questions answered
 * @param correct  questions answered right
 * @param points   points earned
 */
public record MemberTotals(String memberId, String name, int answered, int correct, int points) {
}
