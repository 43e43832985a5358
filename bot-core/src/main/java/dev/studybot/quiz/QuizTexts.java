package dev.studybot.quiz;

import dev.studybot.chat.Messages;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply.QuizQuestionReply;
import dev.studybot.chat.Reply.QuizRevealReply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.RichText;
import dev.studybot.store.AnswerRecord;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Turns quiz state into replies: the question, the reveal, the ranking. */
final class QuizTexts {

    /** Most names a reveal lists. */
    static final int MAX_NAMES = 10;

    private QuizTexts() {
    }

    static QuizQuestionReply question(QuestionRef ref, int number, int total, Question q, Duration openFor) {
        return new QuizQuestionReply(ref, number, total, q.prompt(), q.options(), q.answers(),
                q.multipleAnswers(), openFor, q.explanation());
    }

    /** The right option(s) as letters and text: {@code B. 精神}. */
    static String rightAnswer(Question q) {
        return q.answers().stream().map(i -> (char) ('A' + i) + ". " + q.options().get(i))
                .collect(Collectors.joining("；"));
    }

    static QuizRevealReply reveal(String quizId, int number, int total, Question q, List<AnswerRecord> answers,
                                  Messages m) {
        RichText.Builder text = RichText.builder()
                .strong(m.get("quiz.reveal.title", number, total, rightAnswer(q))).newline()
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
        return new QuizRevealReply(new QuestionRef.QuizQuestion(quizId, number), text.build());
    }

    static TextReply ranking(String heading, List<Standing> standings, Messages m) {
        RichText.Builder text = RichText.builder().strong(heading).newline();
        if (standings.isEmpty()) {
            text.plain(m.get("quiz.ranking.empty"));
        }
        for (Standing s : standings) {
            text.plain(m.get("quiz.ranking.line", s.rank(), s.name(), s.points(), s.correct())).newline();
        }
        return TextReply.of(text.build());
    }
}
