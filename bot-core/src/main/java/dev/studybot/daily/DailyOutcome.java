package dev.studybot.daily;

import dev.studybot.quiz.AnswerRefusal;
import dev.studybot.quiz.Question;
import dev.studybot.store.AnswerRecord;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What the daily service has for a chat, as data: it decides what is due, the {@link DailyPresenter} words it in
 * the chat's language. A day is a few of them in order (the reveal of the last question, once a week the week's
 * picture, the excerpt, the question of the day); answers to the question of the day are a few more.
 */
public sealed interface DailyOutcome {

    /**
     * The lesson of a local day: pushed at the chat's time, or shown at once by {@code /daily now}.
     *
     * @param day      the chat's local date it is for
     * @param lesson   what to read (or recall)
     * @param repeated whether it went out already today and is shown again on request
     */
    record ExcerptDue(LocalDate day, Lesson lesson, boolean repeated) implements DailyOutcome {

        /** The excerpt of the lesson. */
        public Excerpt excerpt() {
            return lesson.excerpt();
        }
    }

    /**
     * The question of the day, open until the next day's excerpt.
     *
     * @param day      the chat's local date of its excerpt
     * @param question the question
     * @param openFor  how long until the next excerpt closes it
     */
    record QuestionOfTheDay(LocalDate day, Question question, Duration openFor) implements DailyOutcome {
    }

    /**
     * The answer of an earlier day's question, with the next excerpt.
     *
     * @param day      the day of the question
     * @param question the question
     * @param answers  the answers it got, in the order they came
     */
    record AnswerRevealed(LocalDate day, Question question, List<AnswerRecord> answers) implements DailyOutcome {
        public AnswerRevealed {
            answers = List.copyOf(answers);
        }
    }

    /**
     * The chat's week as a picture.
     *
     * @param report the week's figures
     */
    record WeekInPicture(WeekReport report) implements DailyOutcome {
    }

    /** An answer to the question of the day was stored; its answer is revealed with the next excerpt. */
    record AnswerAccepted() implements DailyOutcome {
    }

    /**
     * An answer in a private chat, checked at once.
     *
     * @param question the question
     * @param right    whether it was right
     * @param points   the points it earned
     */
    record AnswerChecked(Question question, boolean right, int points) implements DailyOutcome {
    }

    /**
     * An answer that does not count.
     *
     * @param refusal why
     */
    record AnswerRefused(AnswerRefusal refusal) implements DailyOutcome {
    }
}
