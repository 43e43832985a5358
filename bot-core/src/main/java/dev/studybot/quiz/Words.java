package dev.studybot.quiz;

import java.util.List;
import java.util.Set;

/** Word lists and character tests the generator shares: what never counts as a key term. */
final class Words {

    /** Generic words that carry no fact of their own: a blank in their place teaches nothing. */
    static final Set<String> GENERIC = Set.of(
            "方面", "问题", "工作", "作用", "领域", "水平", "能力", "方式", "过程", "基础", "时候", "同志", "任务", "地位",
            "部分", "情况", "形势", "时期", "阶段", "目标", "要求", "措施", "机制", "体系", "制度", "重点", "关键",
            "成就", "成果", "事业", "国家", "人民", "社会", "我们", "全党", "党", "中国", "世界", "时代", "发展",
            "建设", "道路", "力量", "条件", "环境", "结构", "质量", "格局", "局面", "内容", "东西", "意义", "原则",
            "全面", "根本", "重大", "主要", "一切", "各种", "各类", "一些", "大家", "自己", "我国", "人们", "群众");

    /** Words that bind a sentence together; never asked about. */
    static final Set<String> FUNCTION = Set.of(
            "的", "了", "着", "过", "和", "与", "及", "以及", "或", "而", "并", "在", "是", "为", "于", "以", "对",
            "把", "被", "从", "向", "由", "等", "之", "其", "这", "那", "就", "都", "也", "还", "又", "要", "能",
            "会", "可以", "必须", "坚持", "推进", "加强", "不断", "进一步", "更加", "深入", "全面", "一个", "两个");

    private Words() {
    }

    /** Whether every character is a Han character. */
    static boolean allHan(String text) {
        return !text.isEmpty() && text.codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Whether the text can be a key term at all: two or more characters, no function or generic word. */
    static boolean acceptable(String text) {
        return text.codePointCount(0, text.length()) >= 2 && !FUNCTION.contains(text) && !GENERIC.contains(text);
    }

    /** Length in code points. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The last character most of the words end with (灾 of 地震、水灾、火灾、旱灾、泥石流), the first word's on a tie. */
    static char mostCommonLast(List<String> words) {
        java.util.Map<Character, Integer> counts = new java.util.LinkedHashMap<>();
        words.forEach(w -> counts.merge(w.charAt(w.length() - 1), 1, Integer::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
