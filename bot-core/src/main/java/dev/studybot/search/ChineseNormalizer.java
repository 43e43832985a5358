package dev.studybot.search;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds text to one form before analysis, on both the index and the query side: full-width to half-width
 * (NFKC), traditional to simplified characters (HanLP), lower case, years in Chinese numerals to digits
 * (二〇三五年 is 2035年, as people type it), the colloquial 这回 to 这次 (not 这回事), which the segmenter would
 * otherwise cut 这/回去 in "总书记这回去了哪几个地方", 甚么 (甚麼, as Hong Kong and Taiwan write it) to 什么, and 著
 * to 着 where it is not 著 of 显著 or 著作 (意味著, 著力), both of which the conversion to simplified characters
 * leaves. The result has the same length as the input whenever each character folds to one character, which is what
 * highlighting relies on.
 */
public final class ChineseNormalizer {

    /** A year of four Chinese numerals (a zero written 〇, ○, 零 or 0) right before 年. */
    private static final Pattern CHINESE_YEAR = Pattern.compile("[一二][〇○零0一二三四五六七八九]{3}(?=年)");
    private static final String DIGITS = "〇一二三四五六七八九";
    /** The colloquial 这回 (this time), not 这回事 (this matter): two characters for two. */
    private static final Pattern THIS_TIME = Pattern.compile("这回(?!事)");
    /**
     * 著 where traditional text writes the particle or verb 着 (意味著, 隨著, 著力), which conversion leaves as it is:
     * not in the words where simplified text writes 著 too (显著, 著作, 著名, 卓著, 名著).
     */
    private static final Pattern ZHE = Pattern.compile("(?<![显卓昭名专巨编论原土遗译合拙])著(?![作名称述书录者])");
    /** The traditional spelling of 什么, after conversion (甚麼 becomes 甚么, not 什么). */
    private static final String WHAT_VARIANT = "甚么";

    /** The folded text. */
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(foldChar(text.charAt(i)));
        }
        String simplified = HanLP.convertToSimplifiedChinese(folded.toString());
        String lower = simplified.length() == text.length() ? simplified.toLowerCase(Locale.ROOT)
                : simplifyPerChar(folded);
        String years = lower.indexOf('年') < 0 ? lower : digitYears(lower);
        String thisTime = years.contains("这回") ? THIS_TIME.matcher(years).replaceAll("这次") : years;
        String what = thisTime.contains(WHAT_VARIANT) ? thisTime.replace(WHAT_VARIANT, "什么") : thisTime;
        return what.indexOf('著') < 0 ? what : ZHE.matcher(what).replaceAll("着");
    }

    /** 二〇三五年 → 2035年: four characters for four, so offsets stay. */
    private static String digitYears(String text) {
        Matcher year = CHINESE_YEAR.matcher(text);
        if (!year.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = year.start(); i < year.end(); i++) {
                char c = text.charAt(i);
                int digit = c == '○' || c == '零' || c == '0' ? 0 : DIGITS.indexOf(c);
                out.setCharAt(i, (char) ('0' + digit));
            }
        } while (year.find());
        return out.toString();
    }

    /** Full-width ASCII and the ideographic space fold to their half-width forms, one char for one char. */
    private static char foldChar(char c) {
        if (c == '\u3000') {
            return ' ';
        }
        if (c >= '\uFF01' && c <= '\uFF5E' && !isChinesePunctuation(c)) {
            String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            return nfkc.length() == 1 ? nfkc.charAt(0) : c;
        }
        return c;
    }

    /** Full-width punctuation that carries Chinese sentence structure stays as it is. */
    private static boolean isChinesePunctuation(char c) {
        return c == '，' || c == '；' || c == '：' || c == '？' || c == '！' || c == '（' || c == '）';
    }

    /** Character by character conversion, used when phrase conversion would change the length. */
    private static String simplifyPerChar(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            out.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
