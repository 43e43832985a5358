package dev.studybot.chat;

import java.util.Objects;

/** Which question an answer (or a hint) is about: one of a quiz, or a member's review question. */
public sealed interface QuestionRef {

    /**
     * Question {@code number} of the quiz {@code quizId}.
     *
     * @param quizId the quiz session's id
     * @param number its 1-based number in the quiz
     */
    record QuizQuestion(String quizId, int number) implements QuestionRef {
        public QuizQuestion {
            Objects.requireNonNull(quizId, "quizId");
        }
    }

    /**
     * The review question a member was given.
     *
     * @param reviewId the id it was given when it was asked
     */
    record ReviewQuestion(String reviewId) implements QuestionRef {
        public ReviewQuestion {
            Objects.requireNonNull(reviewId, "reviewId");
        }
    }
}
