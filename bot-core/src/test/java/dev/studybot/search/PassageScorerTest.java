package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The re-scoring features that are not BM25's: definitions, headings, verbatim stretches. */
class PassageScorerTest {

    @Test
    void findsTheSubjectOfEveryWayToAskForADefinition() {
        assertEquals("全过程人民民主", PassageScorer.definitionSubject("全过程人民民主是什么？"));
        assertEquals("全过程人民民主", PassageScorer.definitionSubject("报告如何界定全过程人民民主？"));
        assertEquals("党政分开", PassageScorer.definitionSubject("讲的党政分开是什么意思？"));
        assertEquals("中国式现代化", PassageScorer.definitionSubject("中国式现代化是什么样的现代化？"));
        assertEquals("意识形态工作", PassageScorer.definitionSubject("报告怎样看待意识形态工作？"));
        assertNull(PassageScorer.definitionSubject("怎样保障国家的粮食安全？"));
    }

    @Test
    void aSentenceDefinesItsSubjectWithAnyOfTheUsualLinks() {
        assertTrue(PassageScorer.defines("全过程人民民主是社会主义民主政治的本质属性", "全过程人民民主"));
        assertTrue(PassageScorer.defines("中国式现代化，是中国共产党领导的社会主义现代化", "中国式现代化"));
        assertTrue(PassageScorer.defines("党政分开即党政职能分开", "党政分开"));
        assertFalse(PassageScorer.defines("发展全过程人民民主，保障人民当家作主", "全过程人民民主"));
    }

    @Test
    void aSubjectAfterADocumentsNameIsStillFound() {
        assertEquals("主题", PassageScorer.definitionSubject("党的 的主题是什么？"));
    }

    @Test
    void quantityQuestionsAndPassagesThatStateOne() {
        assertTrue(PassageScorer.asksQuantity("现在党员有多少人"));
        assertTrue(PassageScorer.asksQuantity("总书记来过几次"));
        assertFalse(PassageScorer.asksQuantity("怎样保障粮食安全"));
        assertTrue(PassageScorer.statesQuantity("拥有九千六百多万名党员"));
        assertTrue(PassageScorer.statesQuantity("国内生产总值达到134.9万亿元"));
        assertTrue(PassageScorer.statesQuantity("城镇化率达到百分之六十四点七"));
        assertTrue(PassageScorer.statesQuantity("赤字率拟按4%左右安排"));
        assertFalse(PassageScorer.statesQuantity("坚持房子是用来住的、不是用来炒的定位"));
    }

    @Test
    void headingsAndTitlesAreNotSentences() {
        assertTrue(PassageScorer.heading("六、发展全过程人民民主，保障人民当家作主"));
        assertTrue(PassageScorer.heading("（一）实行党政分开"));
        assertTrue(PassageScorer.heading("第十三届全国人民代表大会第三次会议关于政府工作报告的决议"));
        assertFalse(PassageScorer.heading("就业是最基本的民生。"));
        assertFalse(PassageScorer.heading("“和平统一、一国两制”方针是实现两岸统一的最佳方式。”"));
    }

    @Test
    void aHeadingScoresBelowTheSameSentence() {
        PassageScorer scorer = new PassageScorer(PassageScorer.Weights.DEFAULT);
        PassageFeatures sentence = new PassageFeatures(1, 1, 1, false, false, false, false, OptionalDouble.empty(), 0);
        PassageFeatures heading = new PassageFeatures(1, 1, 1, false, false, true, false, OptionalDouble.empty(), 0);
        assertTrue(scorer.score(heading) < scorer.score(sentence));
    }

    @Test
    void phraseIsTheLongestVerbatimStretchOverTheQuestionLength() {
        assertEquals(4.0 / 6, PassageScorer.phrase("粮食安全根基", "全方位夯实粮食安全"), 1e-9);
        assertEquals(0, PassageScorer.phrase("", "任何文字"), 1e-9);
    }

    @Test
    void phraseAgreesWithTheObviousSearchOnRandomTexts() {
        java.util.Random random = new java.util.Random(20221016);
        String alphabet = "发展经济安全人民民主";
        for (int round = 0; round < 500; round++) {
            String content = randomText(random, alphabet, 1 + random.nextInt(12));
            String passage = randomText(random, alphabet, random.nextInt(40));
            int longest = 0;
            for (int i = 0; i < content.length(); i++) {
                for (int j = i + 1; j <= content.length(); j++) {
                    if (passage.contains(content.substring(i, j))) {
                        longest = Math.max(longest, j - i);
                    }
                }
            }
            assertEquals((double) longest / content.length(), PassageScorer.phrase(content, passage), 1e-9,
                    content + " in " + passage);
        }
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
