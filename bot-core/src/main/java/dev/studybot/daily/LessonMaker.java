package dev.studybot.daily;

import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a day's lesson from an excerpt and its pass: the recall exercise on a reviewing pass, and the question of
 * the day (another one on each pass). The recall exercise never blanks a term the day's question shows in its stem
 * or options, or asks about: the question would give the blank away. Deterministic: the same excerpt and pass give the same lesson.
 */
public final class LessonMaker {

    /** A term a question's explanation marks as asked: 【…】, or quoted before the source (错误：“…”应为“…”). */
    private static final Pattern ASKED = Pattern.compile("【([^】]+)】|“([^”]+)”(?=[^原]*原文：)");

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
            // What it asks about, as its explanation marks it (原文：【7月29日下午】…; 错误：“…”应为“…”): a true or
            // false on a changed date asks the date even when the stem shows another.
            Matcher asked = ASKED.matcher(q.explanation());
            while (asked.find()) {
                shown.add(asked.group(1) != null ? asked.group(1) : asked.group(2));
            }
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

    /**
     * The question of the day for an excerpt in a pass, if its sentences give one. On a reviewing pass whose pick
     * leaves the recall exercise fewer than {@value RecallMaker#MIN_BLANKS} blanks, of the questions the last pass
     * did not ask, the one that leaves the most (the first in the rotation among equals): a question that asks the
     * excerpt's only key term would leave nothing to recall.
     */
    public Optional<Question> question(Excerpt excerpt, Pass pass) {
        Optional<Question> pick = questions.pick(excerpt, pass);
        if (!pass.recalls() || pick.isEmpty()) {
            return pick;
        }
        Optional<Question> asked = questions.pick(excerpt, new Pass(pass.number() - 1));
        List<Question> all = questions.candidates(excerpt);
        int from = all.indexOf(pick.get());
        Question best = pick.get();
        int most = blanks(excerpt, pass, best);
        for (int i = 1; i < all.size() && most < RecallMaker.MIN_BLANKS; i++) {
            Question q = all.get((from + i) % all.size());
            int blanks = asked.filter(a -> a.id().equals(q.id())).isPresent() ? -1 : blanks(excerpt, pass, q);
            if (blanks > most) {
                best = q;
                most = blanks;
            }
        }
        return Optional.of(best);
    }

    private int blanks(Excerpt excerpt, Pass pass, Question q) {
        return lesson(excerpt, pass, Optional.of(q)).recall().map(r -> r.answers().size()).orElse(0);
    }
}
