package dev.studybot.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered slogans in a question ("两个确立", "四个自信", "三个务必", "三大保卫战"): in these documents such a phrase
 * names one concept, so a passage answers a question about it only when it names the slogan or spells it out: its key
 * word as often as the count ("务必…，务必…，务必…"), or after a list of as many items ("蓝天、碧水、净土保卫战");
 * "确立" once is not "两个确立".
 */
final class NumberedSlogans {

    /**
     * A count (not 一: "一个" is an ordinary quantifier), 个 or 大, and two characters that are not a question or a unit;
     * with 大, not a party congress (十九大, 中共三大);
     * not after 哪, 这, 那 or 前/后 ("会议审议了哪两个文件" asks which two documents, it names no slogan).
     */
    private static final Pattern SLOGAN = Pattern.compile(
            "(?<![哪这那前后])[两三四五六七八九十]个(?![什么方面人月年问])\\p{IsHan}{2}"
                    // 三大保卫战, but not a congress (十九大报告, 中共三大上, 党的二十大精神)
                    + "|(?<![哪这那前后十二共的])[两三四五六七八九十]大"
                    + "(?!报告|会|精神|以来|代表|召开|党章|提出|上|里|中|期间|前|后|时|的|是|说|讲|提)\\p{IsHan}{2}");

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

    /** Whether a folded text opens with a numbered slogan (三大保卫战是啥), its count being no congress's name. */
    static boolean opens(String foldedText) {
        return SLOGAN.matcher(foldedText).lookingAt();
    }

    private static final String COUNTS = "两三四五六七八九十";
    /** What ends the clause a listed key word is read back to. */
    private static final String CLAUSE_BREAKS = "，,。；;：:！!？?“”\"（）()《》";

    /** Whether a folded passage names or spells out every slogan. */
    static boolean allIn(List<String> slogans, String foldedPassage) {
        return slogans.stream().allMatch(slogan -> foldedPassage.contains(slogan) || spelledOut(slogan, foldedPassage));
    }

    /**
     * Whether a folded passage lists the items of every slogan before its key word (蓝天、碧水、净土保卫战), which
     * answers what they are (三大保卫战是啥) however far the question's wording is from the passage's; a key word
     * repeated as often as the count may be a coincidence (中心 twice is not 两个中心 spelled out).
     */
    static boolean allListed(List<String> slogans, String foldedPassage) {
        return !slogans.isEmpty() && slogans.stream()
                .allMatch(slogan -> listedBefore(foldedPassage, slogan.substring(2), count(slogan.charAt(0))));
    }

    private static boolean spelledOut(String slogan, String foldedPassage) {
        String key = slogan.substring(2);
        int count = count(slogan.charAt(0));
        return occurrences(foldedPassage, key) >= count || listedBefore(foldedPassage, key, count);
    }

    /**
     * Whether the key word follows, in its clause, a list of this many items of two characters or more
     * ("打好蓝天、碧水、净土保卫战"); not a count before it ("一极一源、两中心" names no two 中心).
     */
    private static boolean listedBefore(String text, String key, int count) {
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length())) {
            int start = at;
            while (start > 0 && CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            String[] items = text.substring(start, at).split("[、和]", -1);
            if (items.length == count && Arrays.stream(items).allMatch(item -> item.length() >= 2)
                    && COUNTS.indexOf(items[items.length - 1].charAt(0)) < 0 && items[items.length - 1].charAt(0) != '一') {
                return true;
            }
        }
        return false;
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
