package dev.studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * An index of passages to search: the main one (a Lucene document number is the passage's number in the
 * {@link PassageCatalog}) or a scope's own ({@link ScopedIndexes}), whose document numbers map to passage numbers.
 * A scope's index may be evicted while a search uses it: its reader stays open until the last user releases it.
 * Each index keeps the analyzers its words were cut with, so that a question is cut the same way.
 */
final class PassageIndex {

    private final IndexSearcher searcher;
    private final IndexStatistics statistics;
    /** The passage number of each Lucene document; null when they are the same. */
    private final int[] passages;
    private final StudyAnalyzers analyzers;

    PassageIndex(IndexSearcher searcher, int[] passages, StudyAnalyzers analyzers) {
        this.searcher = searcher;
        this.statistics = new IndexStatistics(searcher);
        this.passages = passages;
        this.analyzers = analyzers;
    }

    /** The main index, whose document numbers are passage numbers. */
    static PassageIndex main(IndexSearcher searcher, StudyAnalyzers analyzers) {
        return new PassageIndex(searcher, null, analyzers);
    }

    IndexSearcher searcher() {
        return searcher;
    }

    IndexStatistics statistics() {
        return statistics;
    }

    /** The analyzers this index's words were cut with (the segmenter knows its documents' key terms). */
    StudyAnalyzers analyzers() {
        return analyzers;
    }

    /** The catalog's number of the passage that is this Lucene document. */
    int passage(int doc) {
        return passages == null ? doc : passages[doc];
    }

    /** Keeps the index open for one more user; false when it has been closed meanwhile. */
    boolean acquire() {
        return searcher.getIndexReader().tryIncRef();
    }

    /** One user is done with the index: the last one closes it. */
    void release() {
        try {
            searcher.getIndexReader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
