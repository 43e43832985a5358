package dev.studybot.search;

import java.util.Set;

/**
 * The documents a search may return passages from.
 *
 * @param documentIds ids of the documents in scope; empty means every document
 */
public record SearchScope(Set<String> documentIds) {

    /** Every document. */
    public static final SearchScope ALL = new SearchScope(Set.of());

    public SearchScope {
        documentIds = Set.copyOf(documentIds);
    }

    /** Whether the scope holds every document. */
    public boolean isAll() {
        return documentIds.isEmpty();
    }

    /** Whether a document is in scope. */
    public boolean includes(String documentId) {
        return documentIds.isEmpty() || documentIds.contains(documentId);
    }
}
