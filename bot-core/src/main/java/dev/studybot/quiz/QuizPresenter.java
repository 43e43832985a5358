package dev.studybot.quiz;

import dev.studybot.chat.Action;
import dev.studybot.chat.Button;
import dev.studybot.chat.Messages;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.AnswerNotice;
import dev.studybot.chat.Reply.HintReply;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.store.AnswerRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Words what happened in a quiz: one method per {@link QuizOutcome}, each saying whom its reply is for. Answers are
 * acknowledged to the member who gave them, and hints given to the member who asked; everything else is said to the
 * chat. Each question comes with its hint button.
 */
public final class QuizPresenter {

    /** Most names a reveal lists. */
    static final int MAX_NAMES = 10;

    /** The replies of these outcomes, in their order. */
    public List<Reply> present(List<QuizOutcome> outcomes, Messages m) {
        List<Reply> replies = new ArrayList<>();
        outcomes.forEach(outcome -> replies.add(reply(outcome, m)));
        return replies;
    }

    /** The replies of one outcome (an {@link dev.studybot.chat.Announcer}'s presenter). */
    public List<Reply> present(QuizOutcome outcome, Messages m) {
        return List.of(reply(outcome, m));
    }

    private Reply reply(QuizOutcome outcome, Messages m) {
        return switch (outcome) {
            case QuizOutcome.Started started -> TextReply.of(m.get("quiz.started", started.total(),
                    started.openFor().toSeconds()));
            case QuizOutcome.Preparing preparing -> TextReply.of(m.get("quiz.preparing"));
            case QuizOutcome.QuestionPosted posted -> posted(posted, m);
            case QuizOutcome.QuestionRevealed revealed -> reveal(revealed, m);
            case QuizOutcome.Finished finished -> ranking(finished, m);
            case QuizOutcome.Refused refused -> TextReply.of(m.get(switch (refused.reason()) {
                case ALREADY_RUNNING -> "quiz.alreadyRunning";
                case NO_QUESTIONS -> "quiz.noQuestions";
                case NONE_RUNNING -> "quiz.noneRunning";
                case STOP_REFUSED -> "quiz.stopRefused";
            }));
            case QuizOutcome.AnswerAccepted accepted -> QuizTexts.accepted(m);
            case QuizOutcome.AnswerRefused refused -> QuizTexts.refused(refused.refusal(), m);
            case QuizOutcome.HintGiven given -> new HintReply(RichText.builder()
                    .strong(m.get("quiz.hint.title", given.number(), given.total())).newline()
                    .plain(given.hint()).build(),
                    RichText.plain(m.get("quiz.hint.notPrivate", given.memberName())));
            case QuizOutcome.HintRefused refused -> AnswerNotice.refused(m.get(switch (refused.reason()) {
                case NO_QUIZ -> "quiz.hint.noQuiz";
                case CLOSED -> "quiz.closed";
                case ANSWERED -> "quiz.hint.answered";
                case UNAVAILABLE -> "quiz.hint.unavailable";
            }));
        };
    }

    /** A question, with the hint button under its answer controls. */
    private static QuizQuestionReply posted(QuizOutcome.QuestionPosted posted, Messages m) {
        QuestionRef.QuizQuestion ref = new QuestionRef.QuizQuestion(posted.quizId(), posted.number());
        return QuizTexts.question(ref, posted.number(), posted.total(), posted.question(), posted.openFor(),
                List.of(new Button(m.get("quiz.hint.button"), new Action.Hint(ref))));
    }

    private static QuizRevealReply reveal(QuizOutcome.QuestionRevealed revealed, Messages m) {
        Question q = revealed.question();
        List<AnswerRecord> answers = revealed.answers();
        RichText.Builder text = RichText.builder()
                .strong(m.get("quiz.reveal.title", revealed.number(), revealed.total(), QuizTexts.rightAnswer(q)))
                .newline()
                .plain(m.get("quiz.reveal.explanation", q.explanation())).newline();
        List<String> right = answers.stream().filter(AnswerRecord::correct).map(AnswerRecord::memberName).toList();
        if (answers.isEmpty()) {
            text.muted(m.get("quiz.reveal.noAnswers"));
        } else if (right.isEmpty()) {
            text.muted(m.get("quiz.reveal.noneRight", answers.size()));
        } else {
            String names = String.join("、", right.subList(0, Math.min(MAX_NAMES, right.size())))
                    + (right.size() > MAX_NAMES ? "…" : "");
            text.plain(m.get("quiz.reveal.right", names, right.size(), answers.size()));
        }
        return new QuizRevealReply(new QuestionRef.QuizQuestion(revealed.quizId(), revealed.number()), text.build());
    }

    private static TextReply ranking(QuizOutcome.Finished finished, Messages m) {
        String heading = switch (finished.ending()) {
            case INTERRUPTED -> m.get("quiz.interrupted");
            case STOPPED -> finished.stoppedBy().map(name -> m.get("quiz.stopped", name))
                    .orElse(m.get("quiz.ranking.title"));
            case COMPLETED -> m.get("quiz.ranking.title");
        };
        RichText.Builder text = RichText.builder().strong(heading).newline();
        if (finished.ranking().isEmpty()) {
            text.plain(m.get("quiz.ranking.empty"));
        }
        for (Standing s : finished.ranking()) {
            text.plain(m.get("quiz.ranking.line", s.rank(), s.name(), s.points(), s.correct())).newline();
        }
        return TextReply.of(text.build());
    }
}
