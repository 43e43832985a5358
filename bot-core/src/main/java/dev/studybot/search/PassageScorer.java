package dev.studybot.search;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-scores the candidates BM25 found with what BM25 does not see: how much of the question's rarer content the
 * passage holds (idf-weighted bigram coverage), the longest stretch of the question it repeats verbatim, a
 * definition for a "X是什么" question ("X是…"), and whether it comes from a document the question names.
 */
final class PassageScorer {

    /** How a question asking for a definition looks, after question words: X是什么, X指什么, X是啥. */
    private static final Pattern DEFINITION = Pattern.compile("^(.{2,16}?)(?:是指什么|指的是什么|是什么意思|是什么|指什么|是啥)\\W*$");

    private final Weights weights;

    /**
     * The weights of the features.
     *
     * @param bm25      the BM25 score relative to the best candidate's
     * @param coverage  idf-weighted share of the question's bigrams in the passage
     * @param phrase    longest verbatim stretch of the question in the passage, relative to the question's content
     * @param definition a "X是…" sentence for a "X是什么" question
     * @param namedDocument the passage's document is named in the question
     */
    record Weights(double bm25, double coverage, double phrase, double definition, double namedDocument) {
        static final Weights DEFAULT = new Weights(1.0, 1.0, 0.5, 0.5, 1.0);
    }

    PassageScorer(Weights weights) {
        this.weights = weights;
    }

    /** The subject of a definition question ("全过程人民民主" of "全过程人民民主是什么？"), or null. */
    static String definitionSubject(String foldedQuestion) {
        Matcher m = DEFINITION.matcher(foldedQuestion.strip());
        if (!m.matches()) {
            return null;
        }
        String subject = m.group(1).replaceAll("[\\p{P}\\s]", "");
        for (String prefix : List.of("请问", "报告中", "报告里", "文件中", "所谓")) {
            if (subject.startsWith(prefix)) {
                subject = subject.substring(prefix.length());
            }
        }
        return subject.length() >= 2 ? subject : null;
    }

    /**
     * The share of the question's bigrams (weighted by idf) that the folded passage contains; single characters
     * count only when the question has nothing else.
     *
     * @param idf the inverse document frequency of a gram
     */
    static double coverage(QueryTerms terms, String foldedPassage, ToDoubleFunction<String> idf) {
        double total = 0;
        double found = 0;
        boolean anyBigram = terms.grams().stream().anyMatch(g -> g.codePointCount(0, g.length()) > 1);
        for (String gram : terms.grams()) {
            if (anyBigram && gram.codePointCount(0, gram.length()) < 2) {
                // A lone character is in almost every passage as a substring: it says nothing about relevance.
                continue;
            }
            double weight = idf.applyAsDouble(gram);
            total += weight;
            if (foldedPassage.contains(gram)) {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** Length of the longest piece of {@code content} that the passage contains, over the content's length. */
    static double phrase(String content, String foldedPassage) {
        if (content.isEmpty()) {
            return 0;
        }
        int best = 0;
        int[] previous = new int[foldedPassage.length() + 1];
        int[] current = new int[foldedPassage.length() + 1];
        for (int i = 1; i <= content.length(); i++) {
            for (int j = 1; j <= foldedPassage.length(); j++) {
                current[j] = content.charAt(i - 1) == foldedPassage.charAt(j - 1) ? previous[j - 1] + 1 : 0;
                best = Math.max(best, current[j]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return (double) best / content.length();
    }

    /**
     * The final score of a candidate.
     *
     * @param relativeBm25 its BM25 score over the best candidate's
     * @param coverage     see {@link #coverage}
     * @param phrase       see {@link #phrase}
     * @param definition   whether it defines the question's subject
     * @param named        whether its document is named in the question
     */
    double score(double relativeBm25, double coverage, double phrase, boolean definition, boolean named) {
        return weights.bm25() * relativeBm25 + weights.coverage() * coverage + weights.phrase() * phrase
                + (definition ? weights.definition() : 0) + (named ? weights.namedDocument() : 0);
    }
}
