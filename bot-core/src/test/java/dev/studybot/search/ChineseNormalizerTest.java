package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Folding keeps the length of the text, so highlights found in the folded text fit the original. */
class ChineseNormalizerTest {

    private final ChineseNormalizer normalizer = new ChineseNormalizer();

    @Test
    void foldsWidthTraditionalCharactersAndCase() {
        assertEquals("全过程人民民主是什么?", normalizer.normalize("全過程人民民主是什麼？").replace('？', '?'));
        assertEquals("gdp 2025", normalizer.normalize("ＧＤＰ\u30002025"));
    }

    @Test
    void colloquialThisTimeFoldsToTheWrittenOne() {
        assertEquals("总书记这次去了哪几个地方啊", normalizer.normalize("总书记这回去了哪几个地方啊"));
        assertEquals("有这回事吗", normalizer.normalize("有这回事吗"), "这回事 is this matter");
    }

    @Test
    void theTraditionalSpellingOfWhatFoldsToTheSimplifiedOne() {
        assertEquals("会议的主题口号是什么?", normalizer.normalize("會議的主題口號是甚麼？").replace('？', '?'));
        assertEquals("甚至", normalizer.normalize("甚至"));
    }

    @Test
    void theTraditionalParticleZheFoldsButTheZhuOfWorksAndMarkedStays() {
        assertEquals("对四川意味着什么?", normalizer.normalize("對四川意味著什麼？").replace('？', '?'));
        assertEquals("要着力解决作风问题", normalizer.normalize("要著力解決作風問題"));
        assertEquals("成效显著，著作等身，著名学者", normalizer.normalize("成效顯著，著作等身，著名學者"));
    }

    @Test
    void yearsInChineseNumeralsBecomeDigits() {
        assertEquals("到2035年基本实现社会主义现代化", normalizer.normalize("到二〇三五年基本实现社会主义现代化"));
        assertEquals("比2010年翻一番", normalizer.normalize("比二0一0年翻一番"));
        assertEquals("1998年和2000年", normalizer.normalize("一九九八年和二○○○年"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"二十年来", "三四年", "一二三年", "十二五年", "二〇三五", "五年规划"})
    void numeralsThatAreNoYearStay(String text) {
        assertEquals(text, normalizer.normalize(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"到二〇三五年", "一九四九年十月一日", "ＡＢＣ二〇二〇年", "乾隆"})
    void theLengthNeverChanges(String text) {
        assertEquals(text.length(), normalizer.normalize(text).length());
    }
}
