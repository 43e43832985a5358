package dev.studybot.quiz;

import dev.studybot.model.ChatType;
import java.time.Duration;

/** What happened in a member's review of missed questions, as data; the {@link ReviewPresenter} words it. */
public sealed interface ReviewOutcome {

    /** The member has no missed question. */
    record NothingToReview() implements ReviewOutcome {
    }

    /**
     * The member has missed questions, none due yet.
     *
     * @param waiting how many
     */
    record NotDueYet(int waiting) implements ReviewOutcome {
    }

    /**
     * A due question was asked.
     *
     * @param reviewId what its answers point at
     * @param question the question
     * @param openFor  how long it waits for the answer
     * @param chatType where it was asked (a review is best done in private)
     */
    record Asked(String reviewId, Question question, Duration openFor, ChatType chatType) implements ReviewOutcome {
    }

    /**
     * The member answered the review question.
     *
     * @param result    what the answer did to the question's schedule
     * @param question  the question
     * @param remaining missed questions the member still has
     */
    record Answered(Result result, Question question, int remaining) implements ReviewOutcome {
    }

    /**
     * An answer that does not count.
     *
     * @param refusal why
     */
    record AnswerRefused(AnswerRefusal refusal) implements ReviewOutcome {
    }

    /** What an answer did. */
    enum Result {
        /** Right: the question comes back later. */
        RIGHT,
        /** Right for the second time in a row: the question is learned and leaves the queue. */
        LEARNED,
        /** Wrong: the question comes back soon. */
        WRONG
    }
}
