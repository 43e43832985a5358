package dev.studybot.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The passages the candidate stages found for a question, by passage number: each with its BM25 score when the
 * words found it, and its cosine similarity to the question when the passage vectors of the searched documents are
 * known.
 */
final class CandidatePool {

    private final Map<Integer, Float> bm25 = new LinkedHashMap<>();
    private final Map<Integer, Double> cosines = new HashMap<>();
    private final Set<Integer> numbers = new LinkedHashSet<>();

    /** A passage the words found, with its BM25 score (the best of several queries). */
    void addLexical(int number, float score) {
        bm25.merge(number, score, Math::max);
        numbers.add(number);
    }

    /** A passage the vectors found, as a candidate. */
    void addDense(int number, double cosine) {
        cosines.put(number, cosine);
        numbers.add(number);
    }

    /** The similarity of a passage that is not a candidate of its own but may become one through the words. */
    void knowCosine(int number, double cosine) {
        cosines.put(number, cosine);
    }

    /** Every candidate, lexical ones first. */
    Set<Integer> numbers() {
        return numbers;
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    /** The candidate's BM25 score, 0 when the words did not find it. */
    float bm25(int number) {
        return bm25.getOrDefault(number, 0f);
    }

    /** The best BM25 score of all candidates (1 when none has one, so relative scores stay defined). */
    double bestBm25() {
        return bm25.values().stream().mapToDouble(Float::doubleValue).max().orElse(1);
    }

    /** The candidate's cosine similarity to the question, when known. */
    OptionalDouble cosine(int number) {
        Double cosine = cosines.get(number);
        return cosine == null ? OptionalDouble.empty() : OptionalDouble.of(cosine);
    }
}
