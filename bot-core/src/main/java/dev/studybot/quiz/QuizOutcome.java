package dev.studybot.quiz;

import dev.studybot.store.AnswerRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What happened in a quiz, as data: the {@link QuizEngine} decides, the {@link QuizPresenter} words it (in the
 * chat's language, for the member or the chat). A call returns its outcomes in the order they happened.
 */
public sealed interface QuizOutcome {

    /**
     * A quiz was started.
     *
     * @param total   its questions
     * @param openFor how long each stays open
     */
    record Started(int total, Duration openFor) implements QuizOutcome {
    }

    /**
     * A quiz was asked for while its questions are still being generated: it starts, announced, when they are.
     */
    record Preparing() implements QuizOutcome {
    }

    /**
     * A question was opened for answers.
     *
     * @param quizId   the quiz
     * @param number   its number in the quiz
     * @param total    the quiz's questions
     * @param question the question
     * @param openFor  how long it stays open
     */
    record QuestionPosted(String quizId, int number, int total, Question question, Duration openFor)
            implements QuizOutcome {
    }

    /**
     * A question closed: its answer, and who was right.
     *
     * @param quizId   the quiz
     * @param number   its number in the quiz
     * @param total    the quiz's questions
     * @param question the question
     * @param answers  the answers it got, in the order they came
     */
    record QuestionRevealed(String quizId, int number, int total, Question question, List<AnswerRecord> answers)
            implements QuizOutcome {
        public QuestionRevealed {
            answers = List.copyOf(answers);
        }
    }

    /**
     * A quiz ended: after its last question, stopped early, or interrupted by a restart.
     *
     * @param ending    how it ended
     * @param stoppedBy the name of the member who stopped it, when one did
     * @param ranking   the players' places
     */
    record Finished(Ending ending, Optional<String> stoppedBy, List<Standing> ranking) implements QuizOutcome {
        public Finished {
            ranking = List.copyOf(ranking);
        }
    }

    /**
     * A start or stop that did not happen.
     *
     * @param reason why
     */
    record Refused(Refusal reason) implements QuizOutcome {
    }

    /** An answer was stored and counts. */
    record AnswerAccepted() implements QuizOutcome {
    }

    /**
     * An answer that does not count.
     *
     * @param refusal why
     */
    record AnswerRefused(AnswerRefusal refusal) implements QuizOutcome {
    }

    /**
     * A member was given a hint on the open question (查看提示): a right answer from them now earns half the points.
     * A second hint on the same question is the same hint again and counts once.
     *
     * @param number     the question's number in the quiz
     * @param total      the quiz's questions
     * @param memberName who asked for it
     * @param hint       the question's source sentence with the answer blanked
     */
    record HintGiven(int number, int total, String memberName, String hint) implements QuizOutcome {
    }

    /**
     * A hint that was not given (and does not count).
     *
     * @param reason why
     */
    record HintRefused(HintRefusal reason) implements QuizOutcome {
    }

    /** How a quiz ended. */
    enum Ending {
        /** Its last question was revealed. */
        COMPLETED,
        /** Stopped early (by its starter or an admin, or because the chat is out of reach). */
        STOPPED,
        /** Cut off by a crash or restart, closed on the next start. */
        INTERRUPTED
    }

    /** Why a start or stop did not happen. */
    enum Refusal {
        /** The chat has a quiz running already. */
        ALREADY_RUNNING,
        /** The chat's documents give no questions. */
        NO_QUESTIONS,
        /** There is no quiz to stop. */
        NONE_RUNNING,
        /** Only the starter or an admin may stop the quiz. */
        STOP_REFUSED
    }

    /** Why a hint was not given. */
    enum HintRefusal {
        /** The chat has no quiz running. */
        NO_QUIZ,
        /** The question is no longer open: its time is up, or the button is of an earlier question or quiz. */
        CLOSED,
        /** The member answered the question already. */
        ANSWERED,
        /** Nothing in the question's source can be blanked, so a hint would show the answer. */
        UNAVAILABLE
    }
}
