package dev.studybot.search;

import java.util.List;

/**
 * The outcome of a search.
 *
 * @param question the question as asked
 * @param answered whether the documents answer it; when false, {@code hits} may still hold weak candidates but
 *                 no answer should be shown
 * @param hits     the passages, best first
 */
public record SearchResult(String question, boolean answered, List<Hit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** Nothing relevant. */
    public static SearchResult unanswered(String question) {
        return new SearchResult(question, false, List.of());
    }
}
