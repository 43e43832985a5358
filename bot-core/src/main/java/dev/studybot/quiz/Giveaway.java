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
        for (String unit : units(answer)) {
            boolean common = unit.length() == 1 && COMMON.indexOf(unit.charAt(0)) >= 0 || COMMON_WORDS.contains(unit);
            if (!Words.allHan(unit) || common || wrong.stream().anyMatch(w -> w.contains(unit))) {
                continue;
            }
            if (stem.contains(unit)) {
                return true;
            }
        }
        return false;
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
