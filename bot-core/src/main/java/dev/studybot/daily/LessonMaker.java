package dev.studybot.daily;

import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a day's lesson from an excerpt and its pass: the recall exercise on a reviewing pass, and the question of
 * the day (another one on each pass). The recall exercise never blanks a term the day's question shows in its stem
 * or options: the question would give the blank away. Deterministic: the same excerpt and pass give the same lesson.
 */
public final class LessonMaker {

    private final RecallMaker recalls;
    private final DailyQuestions questions;

    public LessonMaker(RecallMaker recalls, DailyQuestions questions) {
        this.recalls = recalls;
        this.questions = questions;
    }

    /** The lesson of an excerpt in a pass, beside the question of the day this maker picks for it. */
    public Lesson lesson(Excerpt excerpt, Pass pass) {
        return lesson(excerpt, pass, pass.recalls() ? question(excerpt, pass) : Optional.empty());
    }

    /** The lesson of an excerpt in a pass, beside the question of the day it goes out with (as the day keeps it). */
    public Lesson lesson(Excerpt excerpt, Pass pass, Optional<Question> question) {
        if (!pass.recalls()) {
            return new Lesson(excerpt, pass, Optional.empty());
        }
        List<String> shown = new ArrayList<>();
        question.ifPresent(q -> {
            shown.add(q.prompt());
            shown.addAll(q.options());
        });
        List<List<String>> quizAnswers = new ArrayList<>();
        for (Question q : questions.candidates(excerpt)) {
            // What the quiz asks for; not a true or false, nor which statement is the original (下列表述…).
            if (q.type() != QuestionType.TRUE_FALSE && !q.prompt().contains("下列")) {
                quizAnswers.add(q.answers().stream().map(q.options()::get).toList());
            }
        }
        return new Lesson(excerpt, pass, recalls.exercise(excerpt, shown, quizAnswers));
    }

    /** The question of the day for an excerpt in a pass, if its sentences give one. */
    public Optional<Question> question(Excerpt excerpt, Pass pass) {
        return questions.pick(excerpt, pass);
    }
}
