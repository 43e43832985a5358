package dev.studybot.search;

import java.util.Collection;
import java.util.Set;

/**
 * The documents a search may return passages from: the one way the search says "these documents" or "all of them".
 *
 * @param documentIds ids of the documents in scope; empty means every document
 */
public record SearchScope(Set<String> documentIds) {

    /** Every document. */
    public static final SearchScope ALL = new SearchScope(Set.of());

    public SearchScope {
        documentIds = Set.copyOf(documentIds);
    }

    /** Exactly these documents (none given means all). */
    public static SearchScope of(Collection<String> documentIds) {
        return new SearchScope(Set.copyOf(documentIds));
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
