package dev.studybot.quiz;

import dev.studybot.chat.Audience;
import dev.studybot.chat.Button;
import dev.studybot.chat.Messages;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.QuizQuestionReply;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the quiz, review and daily presenters say alike: a question, its right answer, an answer's acknowledgement.
 */
public final class QuizTexts {

    private QuizTexts() {
    }

    /** A question of a quiz on the platform's answer controls, asked of the chat. */
    static QuizQuestionReply question(QuestionRef ref, int number, int total, Question q, Duration openFor) {
        return question(ref, number, total, q, openFor, List.of());
    }

    /** A question on the platform's answer controls, with other buttons under them (a hint). */
    static QuizQuestionReply question(QuestionRef ref, int number, int total, Question q, Duration openFor,
                                      List<Button> buttons) {
        return new QuizQuestionReply(ref, number, total, q.prompt(), q.options(), q.answers(), q.multipleAnswers(),
                openFor, q.explanation(), buttons);
    }

    /** A question on the platform's answer controls under a heading, asked of the chat or of one member. */
    public static QuizQuestionReply question(QuestionRef ref, String heading, Question q, Duration openFor,
                                             Audience audience) {
        return new QuizQuestionReply(ref, heading, q.prompt(), q.options(), q.answers(), q.multipleAnswers(),
                openFor, q.explanation(), List.of(), audience);
    }

    /** The right option(s) as letters and text: {@code B. 精神}. */
    public static String rightAnswer(Question q) {
        return q.answers().stream().map(i -> (char) ('A' + i) + ". " + q.options().get(i))
                .collect(Collectors.joining("；"));
    }

    /** The note to the member that their answer counts. */
    static AnswerNotice accepted(Messages m) {
        return AnswerNotice.accepted(m.get("quiz.recorded"));
    }

    /** The note to the member on why their answer does not count. */
    public static AnswerNotice refused(AnswerRefusal refusal, Messages m) {
        return AnswerNotice.refused(switch (refusal.reason()) {
            case STALE -> m.get("quiz.stale");
            case CLOSED, LATE -> m.get("quiz.closed");
            case INVALID_CHOICE -> m.get("quiz.invalidChoice", (char) ('A' + refusal.options() - 1));
            case SINGLE_ONLY -> m.get("quiz.singleOnly");
            case DUPLICATE -> m.get("quiz.alreadyAnswered");
        });
    }
}
