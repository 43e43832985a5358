package dev.studybot.search.eval;

import java.util.List;
import java.util.Map;

/**
 * What one ranker scored on a question set.
 *
 * @param ranker     the ranker's name
 * @param byCategory figures per category of answerable questions, in order of first appearance
 * @param answerable figures over every answerable question
 * @param offTopic   figures over the questions nothing answers ({@link Metrics#abstention()} is the share that
 *                   rightly abstained)
 * @param misses     answerable questions whose first passage did not answer them, with that passage (or
 *                   {@code null} after an abstention), and off-topic questions that were answered, with the passage
 *                   shown first
 */
public record EvalResult(String ranker, Map<String, Metrics> byCategory, Metrics answerable, Metrics offTopic,
                         List<Miss> misses) {

    public EvalResult {
        byCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCategory));
        misses = List.copyOf(misses);
    }

    /**
     * A question not answered at rank 1, or an off-topic question answered.
     *
     * @param row   the question
     * @param rank  rank of the first answering passage, 0 when none in the first ten (always 0 off topic)
     * @param first the first passage returned, or {@code null} when none
     */
    public record Miss(QaRow row, int rank, String first) {
    }
}
