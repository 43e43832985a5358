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

    /** The totals of one answer. */
    public static MemberTotals of(AnswerRecord answer) {
        return new MemberTotals(answer.memberId(), answer.memberName(), 1, answer.correct() ? 1 : 0, answer.points());
    }

    /** These totals and a later member's (the later name wins). */
    public MemberTotals plus(MemberTotals later) {
        return new MemberTotals(memberId, later.name(), answered + later.answered(), correct + later.correct(),
                points + later.points());
    }
}
