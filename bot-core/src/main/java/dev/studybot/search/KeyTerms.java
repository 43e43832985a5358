package dev.studybot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents' own key terms, which the segmenter must keep whole: quoted phrases (“两个确立”, “天府粮仓”)
 * and the items of enumerations (一极一源、两中心两地; 制造强国、质量强国、航天强国).
 */
public final class KeyTerms {

    /**
     * A Han character as a plain range test (the common and extension A blocks, compatibility ideographs and 〇):
     * the script lookup behind \\p{IsHan} made this scan a tenth of a large index build.
     */
    private static final String HAN = "\\u3007\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF";
    /** A quoted phrase of 2 to 10 Han characters or digits. */
    static final Pattern QUOTED = Pattern.compile("[“\"「『]([" + HAN + "0-9]{2,10})[”\"」』]");
    /**
     * An enumeration: Han runs joined by 、 (at least two of them). It starts only where a Han run starts and its
     * runs are possessive: otherwise every position inside a long run is retried, quadratic in the run's length.
     */
    static final Pattern ENUMERATION =
            Pattern.compile("(?<![" + HAN + "])[" + HAN + "]++(?:、[" + HAN + "]++)+");
    /** Characters that may follow the last item of a list (三个代表、五位一体等): the item ends before them. */
    private static final String ITEM_FOLLOWERS = "等的和与及是为在上中";
    private static final int MIN_ITEM = 2;
    private static final int MAX_ITEM = 6;

    private KeyTerms() {
    }

    /**
     * The key terms of the (folded) texts, in order of first appearance. The patterns are only tried where a
     * match can start (at an opening quote, at the Han run before a 、): the same matches as a plain {@code find}
     * over every position, which made this scan a tenth of a large index build.
     */
    public static List<String> of(Collection<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher quoted = QUOTED.matcher("");
        Matcher list = ENUMERATION.matcher("");
        for (String text : texts) {
            quoted.reset(text);
            for (int i = 0; i < text.length(); i++) {
                if (isOpeningQuote(text.charAt(i)) && quoted.region(i, text.length()).lookingAt()) {
                    terms.add(quoted.group(1));
                    i = quoted.end() - 1;
                }
            }
            // The look-behind must see the character before the region: transparent bounds.
            list.reset(text).useTransparentBounds(true);
            int from = 0;
            for (int comma; (comma = text.indexOf('、', from)) >= 0; ) {
                int start = comma;
                while (start > from && isHan(text.charAt(start - 1))) {
                    start--;
                }
                if (start < comma && list.region(start, text.length()).lookingAt()) {
                    terms.addAll(items(list.group()));
                    from = list.end();
                } else {
                    from = comma + 1;
                }
            }
        }
        return new ArrayList<>(terms);
    }

    private static boolean isOpeningQuote(char c) {
        return c == '“' || c == '"' || c == '「' || c == '『';
    }

    /** The same characters as {@link #HAN}. */
    private static boolean isHan(char c) {
        return c == '\u3007' || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF')
                || (c >= '\uF900' && c <= '\uFAFF');
    }

    /**
     * The items of one enumeration. Inner items are taken whole; an outer item runs into the words around the
     * list, so only its part as long as its neighbour is taken: for the first item when both end alike
     * (制造强国、质量强国), for the last when a particle follows it (…、交通强国等): safe guesses that they are
     * parallel terms.
     */
    static List<String> items(String enumeration) {
        String[] parts = enumeration.split("、");
        List<String> items = new ArrayList<>();
        for (int i = 1; i < parts.length - 1; i++) {
            if (fits(parts[i])) {
                items.add(parts[i]);
            }
        }
        String second = parts[1];
        String first = parts[0];
        if (fits(second) && first.length() > second.length()) {
            String tail = first.substring(first.length() - second.length());
            if (tail.charAt(tail.length() - 1) == second.charAt(second.length() - 1)) {
                items.add(tail);
            }
        } else if (fits(first)) {
            items.add(first);
        }
        String last = parts[parts.length - 1];
        String beforeLast = parts[parts.length - 2];
        if (fits(beforeLast) && last.length() > beforeLast.length()
                && ITEM_FOLLOWERS.indexOf(last.charAt(beforeLast.length())) >= 0) {
            items.add(last.substring(0, beforeLast.length()));
        } else if (fits(last)) {
            items.add(last);
        }
        return items;
    }

    private static boolean fits(String item) {
        return item.length() >= MIN_ITEM && item.length() <= MAX_ITEM;
    }
}
