package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The right options of one draw's single-answer questions spread evenly over A–D, deterministically by seed. */
class AnswerPositionsTest {

    @Test
    void everyRunOfFourOfOneTypeTakesTheFourPlacesAndOptionsOnlyChangePlaces() {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            questions.add(new Question("q" + i, i % 2 == 0 ? QuestionType.SINGLE_CHOICE : QuestionType.FILL_BLANK,
                    "题（ ）" + i, List.of("甲", "乙", "丙", "丁"), List.of(3), "原文：【丁】", new QuestionSource("d", 1, "丁")));
        }
        questions.add(new Question("s", QuestionType.TRUE_FALSE, "陈述", List.of("正确", "错误"), List.of(1),
                "错误：原文：【丁】", new QuestionSource("d", 1, "丁")));
        List<Question> spread = AnswerPositions.spread(questions, questions.size(), 71);
        // Single choices and fill-ins each their own runs: readers count a type's places apart (单选 never A).
        int[][] at = new int[2][4];
        for (int i = 0; i < 16; i++) {
            Question q = spread.get(i);
            at[i % 2][q.answers().get(0)]++;
            assertEquals("丁", q.options().get(q.answers().get(0)));
            assertEquals(List.of("丁", "丙", "乙", "甲").stream().sorted().toList(), q.options().stream().sorted().toList());
            assertEquals(questions.get(i).id(), q.id());
        }
        for (int[] type : at) {
            for (int n : type) {
                assertEquals(2, n, java.util.Arrays.deepToString(at));
            }
        }
        assertEquals(questions.get(16), spread.get(16), "a statement keeps its options");
        assertEquals(spread, AnswerPositions.spread(questions, questions.size(), 71), "the same seed, the same places");
        assertTrue(!spread.equals(AnswerPositions.spread(questions, questions.size(), 72))
                || !spread.equals(AnswerPositions.spread(questions, questions.size(), 73)), "the seed decides");
    }

    @Test
    void multipleChoicesKeepTheirRightOptionsOffTheEndsAndOutOfOneRun() {
        // As the writer left them: the two wrong options first, the right ones after (a member ticks C, D and E).
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add(new Question("m" + i, QuestionType.MULTIPLE_CHOICE, "题（ ）" + i,
                    List.of("戊", "己", "甲", "乙", "丙"), List.of(2, 3, 4), "原文：【甲、乙、丙】",
                    new QuestionSource("d", 1, "甲、乙、丙")));
        }
        List<Question> spread = AnswerPositions.spread(questions, questions.size(), 71);
        int rightFirst = 0;
        int rightLast = 0;
        int oneRun = 0;
        for (Question q : spread) {
            List<String> right = q.answers().stream().map(q.options()::get).sorted().toList();
            assertEquals(List.of("丙", "乙", "甲"), right, "the same right options");
            assertEquals(List.of("丙", "乙", "己", "戊", "甲"), q.options().stream().sorted().toList());
            rightFirst += q.answers().contains(0) ? 1 : 0;
            rightLast += q.answers().contains(4) ? 1 : 0;
            oneRun += q.answers().equals(List.of(0, 1, 2)) || q.answers().equals(List.of(2, 3, 4)) ? 1 : 0;
        }
        // By chance A, and E, is right in three fifths of them.
        assertTrue(Math.abs(rightFirst - 6) <= 1, "A right in " + rightFirst);
        assertTrue(Math.abs(rightLast - 6) <= 1, "E right in " + rightLast);
        assertEquals(0, oneRun, "no question with its right options in one run at an end");
        assertEquals(spread, AnswerPositions.spread(questions, questions.size(), 71), "the same seed, the same order");
    }

    @Test
    void numbersListedInTheirOrderStayInIt() {
        Question session = new Question("n", QuestionType.SINGLE_CHOICE, "要全面落实省委（ ）全会决策部署。",
                List.of("十二届一次", "十二届二次", "十二届三次", "十二届四次"), List.of(2), "原文：【十二届三次】",
                new QuestionSource("d", 1, "十二届三次"));
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            questions.add(session);
        }
        // Seeds 379 and 383's readers: moved, the answer stood alone after the three others in order.
        assertTrue(AnswerPositions.spread(questions, 4, 5).stream().allMatch(q -> q.equals(session)));
        assertTrue(AnswerPositions.inNumericOrder(List.of("7月27日下午", "7月28日下午", "7月29日下午", "7月30日下午")));
        assertFalse(AnswerPositions.inNumericOrder(List.of("十二届二次", "十二届一次", "十二届三次", "十二届四次")));
        assertFalse(AnswerPositions.inNumericOrder(List.of("持续发力", "同时发力", "全面发力", "精准发力")));
    }
}
