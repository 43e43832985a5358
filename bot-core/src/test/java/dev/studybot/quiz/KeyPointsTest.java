package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key points a meeting's report has: the documents it reviewed, a pair of quoted formulations. */
class KeyPointsTest {

    private static final Lexicon LEXICON = new Lexicon();

    private static AnalyzedSentence sentence(String text, String speaker) {
        return new AnalyzedSentence("d", "会议", 1, text, speaker, "", Set.of(), Map.of(), List.of());
    }

    @Test
    void aPairOfFormulationsIsAFillInOfTheFirstAmongSiblingsTheSentenceDoesNotHold() {
        AnalyzedSentence s = sentence("全省各级党组织和广大党员干部要站在政治和全局的高度，深刻领悟“两个确立”的决定性意义，"
                + "坚决做到“两个维护”，充分认识重大意义。", "会议指出");
        Question q = new KeyPoints(LEXICON, new Random(3), false).formulations(s).orElseThrow();
        assertEquals(QuestionType.FILL_BLANK, q.type());
        assertEquals("会议指出，全省各级党组织和广大党员干部要站在政治和全局的高度，深刻领悟“____”的决定性意义，坚决做到“两个维护”。",
                q.prompt());
        assertEquals("两个确立", q.options().get(q.answers().get(0)));
        assertEquals(4, q.options().size());
        // Never the pair swapped (坚决做到“两个确立” is careless wording), nor the second one the stem shows.
        assertFalse(q.options().contains("两个维护"), q.options().toString());
        assertTrue(q.explanation().contains("【两个确立】"), q.explanation());
        assertTrue(new QuestionRules().violations(q).isEmpty(), new QuestionRules().violations(q).toString());
    }

    @Test
    void theDocumentsReviewedAreAStatementAsWrittenOrInASiblingGenre() {
        AnalyzedSentence s = sentence("会议审议了《关于学习宣传贯彻重要指示精神总体安排》《关于推动高质量发展的意见》。", "");
        int truths = 0;
        for (int seed = 0; seed < 8; seed++) {
            Question q = new KeyPoints(LEXICON, new Random(seed), false).reviewed(s).orElseThrow();
            assertEquals(QuestionType.TRUE_FALSE, q.type());
            assertTrue(q.prompt().startsWith("会议审议了《"), q.prompt());
            assertTrue(new QuestionRules().violations(q).isEmpty(), q.toString());
            if (q.answers().get(0) == 0) {
                truths++;
                assertTrue(s.text().contains(q.prompt().substring(5, q.prompt().length() - 1)), q.toString());
            } else {
                assertFalse(s.text().contains(q.prompt().substring(5, q.prompt().length() - 1)), q.toString());
                assertTrue(q.explanation().matches("^错误：“[^”]+”应为“(总体安排|意见)”。.*"), q.explanation());
            }
        }
        assertTrue(truths > 0 && truths < 8, truths + " true of 8");
    }

    @Test
    void aSentenceWithNeitherGivesNothing() {
        assertTrue(new KeyPoints(LEXICON, new Random(1), false)
                .write(sentence("要深化问题研究，不断完善思路举措。", "会议指出")).isEmpty());
    }

    @Test
    void aFixedCollocationOrATopicsCueWordsGiveTheAnswerAway() {
        assertTrue(LEXICON.predictable("重特大", "坚决防范和遏制____安全生产事故发生"));
        assertTrue(LEXICON.predictable("统筹发展和安全", "关于（ ）的重要要求，树牢底线思维、增强忧患意识"));
        assertFalse(LEXICON.predictable("统筹发展和安全", "要深刻领会把握总书记关于（ ）的重要要求。"));
    }
}
