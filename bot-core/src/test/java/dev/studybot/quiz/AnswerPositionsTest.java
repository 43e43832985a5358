package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The right options of one draw's single-answer questions spread evenly over A–D, deterministically by seed. */
class AnswerPositionsTest {

    @Test
    void everyRunOfFourTakesTheFourPlacesAndOptionsOnlyChangePlaces() {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            questions.add(new Question("q" + i, i % 2 == 0 ? QuestionType.SINGLE_CHOICE : QuestionType.FILL_BLANK,
                    "题（ ）" + i, List.of("甲", "乙", "丙", "丁"), List.of(3), "原文：【丁】", new QuestionSource("d", 1, "丁")));
        }
        questions.add(new Question("s", QuestionType.TRUE_FALSE, "陈述", List.of("正确", "错误"), List.of(1),
                "错误：原文：【丁】", new QuestionSource("d", 1, "丁")));
        List<Question> spread = AnswerPositions.spread(questions, questions.size(), 71);
        int[] at = new int[4];
        for (int i = 0; i < 12; i++) {
            Question q = spread.get(i);
            at[q.answers().get(0)]++;
            assertEquals("丁", q.options().get(q.answers().get(0)));
            assertEquals(List.of("丁", "丙", "乙", "甲").stream().sorted().toList(), q.options().stream().sorted().toList());
            assertEquals(questions.get(i).id(), q.id());
        }
        for (int n : at) {
            assertEquals(3, n, java.util.Arrays.toString(at));
        }
        assertEquals(questions.get(12), spread.get(12), "a statement keeps its options");
        assertEquals(spread, AnswerPositions.spread(questions, questions.size(), 71), "the same seed, the same places");
        assertTrue(!spread.equals(AnswerPositions.spread(questions, questions.size(), 72))
                || !spread.equals(AnswerPositions.spread(questions, questions.size(), 73)), "the seed decides");
    }
}
