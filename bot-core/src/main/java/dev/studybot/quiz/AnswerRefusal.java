package dev.studybot.quiz;

/**
 * Why an answer does not count.
 *
 * @param reason  the reason
 * @param options how many options the question has (for {@link Reason#INVALID_CHOICE}: which letters are valid)
 */
public record AnswerRefusal(Reason reason, int options) {

    /** The reasons an answer is refused. */
    public enum Reason {
        /** The quiz (or review question) it answers is over or unknown. */
        STALE,
        /** The question is no longer the open one: the quiz has moved on. */
        CLOSED,
        /** The question's time is up (the clock has not closed it yet). */
        LATE,
        /** An option the question does not have, or none at all. */
        INVALID_CHOICE,
        /** Several options for a question with one right option. */
        SINGLE_ONLY,
        /** The member answered this question already; the first answer counts. */
        DUPLICATE
    }

    /** A refusal that does not depend on the question. */
    public static AnswerRefusal of(Reason reason) {
        return new AnswerRefusal(reason, 0);
    }

    /** A choice outside the question's {@code options}. */
    public static AnswerRefusal invalidChoice(int options) {
        return new AnswerRefusal(Reason.INVALID_CHOICE, options);
    }
}
