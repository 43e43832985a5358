package dev.studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The passages BM25 finds for the question's words, bigrams and synonyms in the searched documents, and in the
 * documents it names (which the scorer favours).
 */
final class LexicalCandidates implements CandidateStage {

    /** Candidates BM25 hands to the re-scoring, per query. */
    static final int CANDIDATES = 50;
    private static final float WORD_BOOST = 1.0f;
    private static final float GRAM_BOOST = 0.6f;
    /** Weight of a content word's synonym beside the word itself (a plateau from 0.3 to 1 on our question sets). */
    private static final float SYNONYM_BOOST = 0.5f;

    @Override
    public void collect(SearchQuestion question, PassageIndex index, CandidatePool pool) {
        try {
            collect(index, query(question.terms(), question.searched()), pool);
            if (!question.onlyNamed() && !question.named().isEmpty()) {
                collect(index, query(question.terms(), SearchScope.of(question.named())), pool);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private static void collect(PassageIndex index, Query query, CandidatePool pool) throws IOException {
        for (ScoreDoc scoreDoc : index.searcher().search(query, CANDIDATES).scoreDocs) {
            pool.addLexical(index.passage(scoreDoc.doc), scoreDoc.score);
        }
    }

    /** User text only ever becomes term queries: it never reaches a query parser. */
    static Query query(QueryTerms terms, SearchScope scope) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String word : terms.words()) {
            builder.add(new BoostQuery(new TermQuery(new Term(StudyAnalyzers.WORDS, word)), WORD_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        for (String gram : terms.grams()) {
            builder.add(new BoostQuery(new TermQuery(new Term(StudyAnalyzers.GRAMS, gram)), GRAM_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        for (String synonym : terms.allSynonyms()) {
            builder.add(new BoostQuery(new TermQuery(new Term(StudyAnalyzers.WORDS, synonym)), SYNONYM_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        builder.setMinimumNumberShouldMatch(1);
        if (!scope.isAll()) {
            builder.add(inDocuments(scope), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /** The passages of the scope's documents. */
    static Query inDocuments(SearchScope scope) {
        return new TermInSetQuery(PassageIndexer.DOC, scope.documentIds().stream().map(BytesRef::new).toList());
    }
}
