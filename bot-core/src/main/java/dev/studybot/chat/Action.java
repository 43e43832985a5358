package dev.studybot.chat;

import java.util.List;
import java.util.Objects;

/**
 * What a control the core offered asks for when it is used: a button, a select menu, a poll vote. Platforms carry it
 * as text ({@link ActionCodec}, the one place that knows the wire format) and hand it back typed
 * ({@link ActionPress}).
 */
public sealed interface Action {

    /** The "more" button: the next passages for the chat's last question. */
    record More() implements Action {
    }

    /**
     * An answer: the options chosen for a question.
     *
     * @param question the question answered
     * @param choices  0-based options chosen, ascending (empty only for a select menu that has not been used yet)
     */
    record Answer(QuestionRef question, List<Integer> choices) implements Action {
        public Answer {
            Objects.requireNonNull(question, "question");
            choices = choices.stream().distinct().sorted().toList();
        }

        /** The same question with these options chosen (a select menu's selection). */
        public Answer withChoices(List<Integer> chosen) {
            return new Answer(question, chosen);
        }
    }

    /**
     * A request for a hint on an open quiz question (the hint button under the question).
     *
     * @param question the question
     */
    record Hint(QuestionRef.QuizQuestion question) implements Action {
        public Hint {
            Objects.requireNonNull(question, "question");
        }
    }
}
