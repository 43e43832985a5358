package dev.studybot.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered slogans in a question ("两个确立", "四个自信", "三个务必"): in these documents such a phrase names one
 * concept, so a passage answers a question about it only when it names the slogan or spells it out (its key word
 * as often as the count: "务必…，务必…，务必…"); "确立" once is not "两个确立".
 */
final class NumberedSlogans {

    /**
     * A count (not 一: "一个" is an ordinary quantifier), 个, and two characters that are not a question or a unit;
     * not after 哪, 这, 那 or 前/后 ("会议审议了哪两个文件" asks which two documents, it names no slogan).
     */
    private static final Pattern SLOGAN = Pattern.compile(
            "(?<![哪这那前后])[两三四五六七八九十]个(?![什么方面人月年问])\\p{IsHan}{2}");

    private NumberedSlogans() {
    }

    /** The slogans a folded question names, in order. */
    static List<String> in(String foldedQuestion) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = SLOGAN.matcher(foldedQuestion);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return List.copyOf(found);
    }

    private static final String COUNTS = "两三四五六七八九十";

    /** Whether a folded passage names or spells out every slogan. */
    static boolean allIn(List<String> slogans, String foldedPassage) {
        return slogans.stream().allMatch(slogan -> foldedPassage.contains(slogan)
                || occurrences(foldedPassage, slogan.substring(2)) >= count(slogan.charAt(0)));
    }

    private static int count(char numeral) {
        return numeral == '两' ? 2 : COUNTS.indexOf(numeral) + 2;
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
