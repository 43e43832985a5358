package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a stem gives its answer away: it shows a part of the answer that no wrong option has (带动【西部】… beside
 * 构筑向西开放…; 坚决做到“【两个维护】” beside “两个确立” when the wrong options are all 四个…), so a member picks the
 * answer from the stem, not from what they read.
 */
final class Giveaway {

    /** Characters too common to tell anything. */
    private static final String COMMON = "的了在是和与及上下中大小一不有为以对等之其这那就都也还又要能会个着过新";
    /** Words too common in policy texts to tell anything (重要 in 重要政治任务 beside 重要指示). */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("重要", "主要", "重大", "全面", "发展",
            "建设", "工作", "推进", "推动", "加强", "坚持", "实施", "中国", "国家", "社会", "经济", "政治", "人民", "群众",
            "领导", "精神", "思想", "时代", "新时", "现代", "全国", "全省", "任务", "要求", "意义");

    private Giveaway() {
    }

    /**
     * Whether {@code stem} (the question as shown, the answer blanked or swapped out) holds a part of {@code answer}
     * that none of {@code wrong} has: a character of a two-character answer, a pair of characters of a longer one.
     */
    static boolean givesAway(String stem, String answer, List<String> wrong) {
        return !telling(stem, answer, wrong).isEmpty();
    }

    /**
     * The parts of {@code answer} that {@code stem} shows and no wrong option has: a character of a two-character
     * answer, a pair of characters of a longer one.
     */
    static List<String> telling(String stem, String answer, List<String> wrong) {
        int prefix = wrong.stream().mapToInt(w -> shared(answer, w, false)).max().orElse(0);
        int suffix = wrong.stream().mapToInt(w -> shared(answer, w, true)).max().orElse(0);
        List<String> units = new ArrayList<>();
        List<String> pairs = units(answer);
        for (int i = 0; i < pairs.size(); i++) {
            // A pair that reaches into a part the answer shares with a wrong option (新型 of 新型城镇化 and 新型工业化)
            // is half that known frame: the stem's 新型城乡关系 tells nothing.
            if (answer.length() <= 2 || i >= prefix && i + 2 <= answer.length() - suffix) {
                units.add(pairs.get(i));
            }
        }
        List<String> out = new ArrayList<>();
        for (String unit : units) {
            boolean common = unit.length() == 1 && COMMON.indexOf(unit.charAt(0)) >= 0 || COMMON_WORDS.contains(unit);
            if (Words.allHan(unit) && !common && wrong.stream().noneMatch(w -> w.contains(unit))
                    && stem.contains(unit)) {
                out.add(unit);
            }
        }
        return out;
    }

    /** How many characters {@code a} and {@code b} share at their start (or end). */
    private static int shared(String a, String b, boolean atEnd) {
        int n = 0;
        while (n < Math.min(a.length(), b.length())
                && (atEnd ? a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n) : a.charAt(n) == b.charAt(n))) {
            n++;
        }
        return n;
    }

    private static List<String> units(String answer) {
        List<String> out = new ArrayList<>();
        if (answer.length() <= 2) {
            answer.codePoints().forEach(c -> out.add(Character.toString(c)));
        } else {
            for (int i = 0; i + 2 <= answer.length(); i++) {
                out.add(answer.substring(i, i + 2));
            }
        }
        return out;
    }
}
