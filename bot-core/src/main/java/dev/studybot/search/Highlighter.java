package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the parts of a passage that match the question: every run of characters covered by one of the
 * question's bigrams (or by a content word of two or more characters, or by a synonym that the search used).
 */
public final class Highlighter {

    /**
     * The matched ranges of the original passage text.
     *
     * @param original the passage as shown
     * @param folded   the same passage folded by {@link ChineseNormalizer} (same length when folding kept it)
     * @param terms    the question's terms
     */
    public List<Hit.Highlight> highlights(String original, String folded, QueryTerms terms) {
        if (original.length() != folded.length()) {
            return List.of();
        }
        boolean[] marked = new boolean[folded.length()];
        for (String gram : terms.grams()) {
            if (gram.codePointCount(0, gram.length()) < 2) {
                continue;
            }
            mark(folded, gram, marked);
        }
        for (String word : terms.longerWords()) {
            mark(folded, word, marked);
        }
        for (String synonym : terms.allSynonyms()) {
            mark(folded, synonym, marked);
        }
        List<Hit.Highlight> ranges = new ArrayList<>();
        int i = 0;
        while (i < marked.length) {
            if (!marked[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < marked.length && marked[i]) {
                i++;
            }
            ranges.add(new Hit.Highlight(start, i));
        }
        return ranges;
    }

    private static void mark(String text, String needle, boolean[] marked) {
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            for (int k = at; k < at + needle.length(); k++) {
                marked[k] = true;
            }
        }
    }
}
