package dev.studybot.chat;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which question an answer (or a hint) is about: one of a quiz, a member's review question, or a chat's question
 * of the day.
 */
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

    /**
     * The question of the day that came with the chat's excerpt of a local date (the chat is where it is answered).
     *
     * @param day the chat's local date of the excerpt
     */
    record DailyQuestion(LocalDate day) implements QuestionRef {
        public DailyQuestion {
            Objects.requireNonNull(day, "day");
        }
    }
}
