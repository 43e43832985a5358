package dev.studybot.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a question is about: its content words (HanLP words without question words and punctuation) and the
 * character bigrams of those words (a one-character word counts as itself).
 *
 * @param words content words, in question order, distinct
 * @param grams bigrams of the content words, distinct
 */
public record QueryTerms(List<String> words, List<String> grams) {

    public QueryTerms {
        words = List.copyOf(words);
        grams = List.copyOf(grams);
    }

    /** Whether the question has anything to search for. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The terms of an already folded question. */
    public static QueryTerms of(String foldedQuestion, StudyAnalyzers analyzers) {
        Set<String> words = new LinkedHashSet<>();
        for (String segmented : analyzers.wordsOf(foldedQuestion)) {
            String word = segmented.strip();
            if (word.isEmpty() || word.codePoints().noneMatch(Character::isLetterOrDigit)
                    || StudyAnalyzers.QUESTION_WORDS.contains(word)) {
                continue;
            }
            words.add(word);
        }
        Set<String> grams = new LinkedHashSet<>();
        for (String word : words) {
            grams.addAll(bigrams(word));
        }
        return new QueryTerms(new ArrayList<>(words), new ArrayList<>(grams));
    }

    /** The bigrams of a word; a single character is its own gram. */
    public static List<String> bigrams(String word) {
        int[] cps = word.codePoints().toArray();
        if (cps.length == 1) {
            return List.of(word);
        }
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }
}
