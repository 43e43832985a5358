package dev.studybot.search;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to one form before analysis, on both the index and the query side: full-width to half-width
 * (NFKC), traditional to simplified characters (HanLP), lower case. The result has the same length as the input
 * whenever each character folds to one character, which is what highlighting relies on.
 */
public final class ChineseNormalizer {

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
        return simplified.length() == text.length() ? simplified.toLowerCase(Locale.ROOT) : simplifyPerChar(folded);
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
