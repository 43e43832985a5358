package dev.studybot.search;

import java.util.List;

/**
 * The outcome of a search.
 *
 * @param question the question as asked
 * @param answered whether the documents answer it; when false, {@code hits} may still hold weak candidates but
 *                 no answer should be shown
 * @param hits     the passages, best first
 * @param named    the documents the question names unmistakably ("十五大报告…", "今年…"), which alone were searched
 */
public record SearchResult(String question, boolean answered, List<Hit> hits, NamedDocuments named) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** A result for a question that names no document. */
    public SearchResult(String question, boolean answered, List<Hit> hits) {
        this(question, answered, hits, NamedDocuments.NONE);
    }

    /** Nothing relevant. */
    public static SearchResult unanswered(String question) {
        return new SearchResult(question, false, List.of());
    }

    /**
     * The documents a question names unmistakably.
     *
     * @param titles      their titles (empty when it names none)
     * @param outOfScope  true when none of them is in the chat's scope, so nothing was searched
     * @param nothingElse true when the question is only their name ("十五大报告讲了啥"): there was nothing to search for
     */
    public record NamedDocuments(List<String> titles, boolean outOfScope, boolean nothingElse) {

        /** No document named. */
        public static final NamedDocuments NONE = new NamedDocuments(List.of(), false, false);

        public NamedDocuments {
            titles = List.copyOf(titles);
        }

        /** The same documents, for a question that asks nothing besides naming them. */
        NamedDocuments withNothingElse() {
            return new NamedDocuments(titles, outOfScope, true);
        }
    }
}
