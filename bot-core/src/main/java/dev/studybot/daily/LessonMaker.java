package dev.studybot.daily;

import dev.studybot.quiz.Question;
import java.util.Optional;

/**
 * Makes a day's lesson from an excerpt and its pass: the recall exercise on a reviewing pass, and the question of
 * the day (another one on each pass). Deterministic: the same excerpt and pass give the same lesson.
 */
public final class LessonMaker {

    private final RecallMaker recalls;
    private final DailyQuestions questions;

    public LessonMaker(RecallMaker recalls, DailyQuestions questions) {
        this.recalls = recalls;
        this.questions = questions;
    }

    /** The lesson of an excerpt in a pass. */
    public Lesson lesson(Excerpt excerpt, Pass pass) {
        return new Lesson(excerpt, pass, pass.recalls() ? recalls.exercise(excerpt) : Optional.empty());
    }

    /** The question of the day for an excerpt in a pass, if its sentences give one. */
    public Optional<Question> question(Excerpt excerpt, Pass pass) {
        return questions.pick(excerpt, pass);
    }
}
