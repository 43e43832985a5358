package dev.studybot.search;

/** Answers a question with the passages of the documents that answer it best. */
public interface PassageSearch {

    /**
     * Searches the documents in scope.
     *
     * @param question the member's question, any script, any length (the caller bounds it)
     * @param scope    which documents to search
     * @param topK     how many passages at most
     * @return the ranked passages, or an abstention when nothing relevant was found
     */
    SearchResult search(String question, SearchScope scope, int topK);
}
