package dev.studybot.search;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the passage index: HanLP words and character bigrams of the question, BM25, scoped to the chat's
 * documents; abstains when the best passage covers too little of what the question is about.
 *
 * <p>User text only ever becomes {@link TermQuery term queries}: it never reaches a query parser.
 */
public final class LuceneSearchEngine implements PassageSearch, Closeable {

    /** Share of the question's content bigrams the best passage must contain to count as an answer. */
    static final double MIN_COVERAGE = 0.5;
    private static final float WORD_BOOST = 1.0f;
    private static final float GRAM_BOOST = 0.6f;

    private final PassageCatalog catalog;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StudyAnalyzers analyzers;
    private final ChineseNormalizer normalizer;
    private final Highlighter highlighter = new Highlighter();

    private LuceneSearchEngine(PassageCatalog catalog, Directory directory, StudyAnalyzers analyzers,
                               ChineseNormalizer normalizer) throws IOException {
        this.catalog = catalog;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        this.analyzers = analyzers;
        this.normalizer = normalizer;
    }

    /**
     * Opens a search engine over the library, reusing the index in the folder when it was built from the same
     * documents, rebuilding it otherwise.
     *
     * @param library     the documents
     * @param indexFolder where the index lives ({@link IndexFolder#inMemory()} for tests and one-shot runs)
     */
    public static LuceneSearchEngine open(DocumentLibrary library, IndexFolder indexFolder) {
        return open(PassageCatalog.of(library), indexFolder);
    }

    /** Opens a search engine over the passages of a catalog (see {@link #open(DocumentLibrary, IndexFolder)}). */
    public static LuceneSearchEngine open(PassageCatalog catalog, IndexFolder indexFolder) {
        StudyAnalyzers analyzers = new StudyAnalyzers();
        ChineseNormalizer normalizer = new ChineseNormalizer();
        PassageIndexer indexer = new PassageIndexer(analyzers, normalizer);
        try {
            Directory directory = indexFolder.openOrBuild(catalog.fingerprint(),
                    dir -> indexer.build(catalog.passages(), dir));
            return new LuceneSearchEngine(catalog, directory, analyzers, normalizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the passage index", e);
        }
    }

    /** The passages this engine searches. */
    public PassageCatalog catalog() {
        return catalog;
    }

    @Override
    public SearchResult search(String question, SearchScope scope, int topK) {
        String folded = normalizer.normalize(question);
        QueryTerms terms = QueryTerms.of(folded, analyzers);
        if (terms.isEmpty() || topK < 1) {
            return SearchResult.unanswered(question);
        }
        try {
            TopDocs top = searcher.search(query(terms, scope), topK);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                int number = searcher.storedFields().document(scoreDoc.doc).getField(PassageIndexer.NUMBER)
                        .numericValue().intValue();
                Passage passage = catalog.passage(number);
                hits.add(new Hit(passage, catalog.title(passage.docId()), scoreDoc.score,
                        highlighter.highlights(passage.text(), normalizer.normalize(passage.text()), terms)));
            }
            boolean answered = !hits.isEmpty()
                    && coverage(terms, normalizer.normalize(hits.get(0).passage().text())) >= MIN_COVERAGE;
            return new SearchResult(question, answered, hits);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private static Query query(QueryTerms terms, SearchScope scope) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String word : terms.words()) {
            builder.add(new BoostQuery(new TermQuery(new Term(StudyAnalyzers.WORDS, word)), WORD_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        for (String gram : terms.grams()) {
            builder.add(new BoostQuery(new TermQuery(new Term(StudyAnalyzers.GRAMS, gram)), GRAM_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        builder.setMinimumNumberShouldMatch(1);
        if (!scope.isAll()) {
            List<BytesRef> ids = scope.documentIds().stream().map(BytesRef::new).toList();
            builder.add(new TermInSetQuery(PassageIndexer.DOC, ids), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /** The share of the question's bigrams found in the folded passage. */
    static double coverage(QueryTerms terms, String foldedPassage) {
        if (terms.grams().isEmpty()) {
            return 0;
        }
        long found = terms.grams().stream().filter(foldedPassage::contains).count();
        return (double) found / terms.grams().size();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
