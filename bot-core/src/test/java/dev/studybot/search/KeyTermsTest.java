package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTermsTest {

    @Test
    void takesQuotedPhrases() {
        assertEquals(List.of("两个确立", "天府粮仓"), KeyTerms.of(List.of("深刻领悟“两个确立”，建设新时代更高水平的“天府粮仓”。")));
    }

    @Test
    void takesEnumerationItemsWithoutTheWordsAroundThem() {
        List<String> terms = KeyTerms.of(List.of("加快建设制造强国、质量强国、航天强国、交通强国等。"));
        assertTrue(terms.containsAll(List.of("制造强国", "质量强国", "航天强国", "交通强国")), terms.toString());
        assertFalse(terms.contains("加快建设制造强国"));
    }

    @Test
    void countsLingAsHanAndStartsEnumerationsOnlyWhereAHanRunStarts() {
        assertEquals(List.of("二〇二〇", "二〇三五"), KeyTerms.of(List.of("目标：二〇二〇、二〇三五")));
        assertEquals(List.of(), KeyTerms.of(List.of("没有顿号的很长一段汉字".repeat(50))));
    }

    @Test
    void takesTwoItemListsWhenBothAreShort() {
        assertEquals(List.of("一极一源", "两中心两地"), KeyTerms.of(List.of("一极一源、两中心两地")));
    }

    @Test
    void doesNotGuessTheEndOfALastItemRunningOn() {
        List<String> terms = KeyTerms.of(List.of("发展不平衡、不协调、不可持续问题突出"));
        assertTrue(terms.contains("不协调"));
        assertFalse(terms.contains("不可持"));
    }

    @Test
    void findsWhatAPlainFindOverEveryPositionFinds() {
        List<String> texts = List.of(
                "深刻领悟“两个确立”，“两个维护”、“四个自信”、制造强国、质量强国、航天强国、交通强国等。",
                "、开头的顿号、和、结尾的顿号、",
                "abc、def、中文、ab中、c文、二〇二〇、二〇三五年、「天府粮仓」『一极一源』\"双循环\"、“”、“太长太长太长太长太长的引号”",
                "一、二、三、、四、五。六、七、八、九、十、十一",
                "经济、政治、文化、社会、生态文明建设“五位一体”总体布局、“四个全面”战略布局");
        for (String text : texts) {
            assertEquals(byPlainFind(text), KeyTerms.of(List.of(text)), text);
        }
    }

    /** The reference: both patterns tried at every position, as before the scan learnt where matches start. */
    private static List<String> byPlainFind(String text) {
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher quoted = KeyTerms.QUOTED.matcher(text);
        while (quoted.find()) {
            terms.add(quoted.group(1));
        }
        java.util.regex.Matcher list = KeyTerms.ENUMERATION.matcher(text);
        while (list.find()) {
            terms.addAll(KeyTerms.items(list.group()));
        }
        return List.copyOf(terms);
    }
}
