package dev.studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** What the index says about a term: whether the searched documents hold it, and how rare it is. */
final class IndexStatistics {

    private final IndexSearcher searcher;
    private final IndexReader reader;

    IndexStatistics(IndexSearcher searcher) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
    }

    /** Whether some passage of the scope holds the term in this field. */
    boolean holds(String field, String term, SearchScope within) {
        Term wanted = new Term(field, term);
        try {
            if (reader.docFreq(wanted) == 0) {
                return false;
            }
            if (within.isAll()) {
                return true;
            }
            Query inScope = new BooleanQuery.Builder()
                    .add(new TermQuery(wanted), BooleanClause.Occur.FILTER)
                    .add(LexicalCandidates.inDocuments(within), BooleanClause.Occur.FILTER)
                    .build();
            return searcher.count(inScope) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * Whether the scope's passages write this text, as a word or inside a longer one: every bigram of it is a term of
     * the bigram field in the scope (a short word's bigrams seldom all occur apart from it).
     */
    boolean writes(String text, SearchScope within) {
        if (text.codePointCount(0, text.length()) < 2) {
            return false;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (!holds(StudyAnalyzers.GRAMS, text.substring(i, i + 2), within)) {
                return false;
            }
        }
        return true;
    }

    /** BM25's idf of a gram in the whole index; a gram no passage holds weighs the most. */
    double idf(String gram) {
        try {
            int n = reader.numDocs();
            int df = reader.docFreq(new Term(StudyAnalyzers.GRAMS, gram));
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }
}
