package dev.studybot.search;

import dev.studybot.document.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dense vectors of passages, kept in a Lucene index of their own ({@link KnnFloatVectorField}, dot product of
 * unit vectors) beside the words and bigrams, so they are computed once per document and read back on every start.
 *
 * <p>Vectors are added document by document, when a search first needs a document's ({@link #ensure}); a
 * document is {@link #covers covered} once all its passages are in. The caller decides which documents are worth
 * it: embedding costs about 10 ms a passage on two cores, so a short report takes a fraction of a second and the
 * whole library two minutes.
 */
final class PassageVectors implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(PassageVectors.class);

    static final String VECTOR = "vector";
    static final String PASSAGE = "passage";
    static final String DOC = "doc";

    private final PassageCatalog catalog;
    private final PassageEmbedder embedder;
    private final Directory directory;
    private final IndexWriter writer;
    /** Each document's passage numbers, to embed a document's and to tell a covered document from a half-done one. */
    private final Map<String, List<Integer>> numbersByDocument = new HashMap<>();
    private final Set<String> covered = ConcurrentHashMap.newKeySet();
    private volatile IndexSearcher searcher;

    private PassageVectors(PassageCatalog catalog, PassageEmbedder embedder, Directory directory) throws IOException {
        this.catalog = catalog;
        this.embedder = embedder;
        this.directory = directory;
        for (int number = 0; number < catalog.passages().size(); number++) {
            numbersByDocument.computeIfAbsent(catalog.passage(number).docId(), id -> new ArrayList<>()).add(number);
        }
        this.writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.writer.commit();
        refresh();
        covered.addAll(coveredInIndex());
    }

    /**
     * The vectors of the catalog's passages in the directory, which holds vectors of this catalog made by this
     * embedder or nothing ({@link IndexFolder#vectors}).
     */
    static PassageVectors open(PassageCatalog catalog, PassageEmbedder embedder, Directory directory) {
        try {
            return new PassageVectors(catalog, embedder, directory);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw new UncheckedIOException("cannot open the passage vectors", e);
        }
    }

    /** The documents whose every passage has its vector in the index already. */
    private Set<String> coveredInIndex() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
            counts.merge(stored.document(doc, Set.of(DOC)).get(DOC), 1, Integer::sum);
        }
        Set<String> complete = new HashSet<>();
        counts.forEach((id, n) -> {
            if (numbersByDocument.containsKey(id) && n == numbersByDocument.get(id).size()) {
                complete.add(id);
            }
        });
        return complete;
    }

    /** How many passages these documents have. */
    int passages(Collection<String> documents) {
        return documents.stream().mapToInt(id -> numbersByDocument.getOrDefault(id, List.of()).size()).sum();
    }

    /** Whether every passage of these documents has its vector. */
    boolean covers(Collection<String> documents) {
        return covered.containsAll(documents);
    }

    /** How many passages of these documents have no vector yet. */
    int missing(Collection<String> documents) {
        return passages(documents.stream().filter(id -> !covered.contains(id)).distinct().toList());
    }

    /**
     * Embeds and stores the passages of these documents that have no vector yet, document by document (a
     * half-done document is redone). The model runs outside the lock, so a search that needs another document's
     * vectors never waits for a long one being embedded.
     */
    void ensure(Collection<String> documents) {
        for (String id : documents.stream().distinct().toList()) {
            if (covered.contains(id) || !numbersByDocument.containsKey(id) || Thread.currentThread().isInterrupted()) {
                continue;
            }
            long start = System.nanoTime();
            List<float[]> embedded = new ArrayList<>();
            for (int number : numbersByDocument.get(id)) {
                embedded.add(embedder.embed(catalog.passage(number).text()));
            }
            store(id, embedded);
            LOG.info("embedded the {} passages of {} in {} ms", embedded.size(), id,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private synchronized void store(String id, List<float[]> embedded) {
        if (covered.contains(id)) {
            return;
        }
        try {
            writer.deleteDocuments(new Term(DOC, id));
            List<Integer> numbers = numbersByDocument.get(id);
            for (int i = 0; i < numbers.size(); i++) {
                writer.addDocument(vectorDocument(numbers.get(i), catalog.passage(numbers.get(i)), embedded.get(i)));
            }
            writer.commit();
            refresh();
            covered.add(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store passage vectors", e);
        }
    }

    private static Document vectorDocument(int number, Passage passage, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(DOC, passage.docId(), Field.Store.YES));
        doc.add(new StoredField(PASSAGE, number));
        doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    private void refresh() throws IOException {
        IndexSearcher current = searcher;
        DirectoryReader reader = current == null ? DirectoryReader.open(writer)
                : DirectoryReader.openIfChanged((DirectoryReader) current.getIndexReader(), writer);
        if (reader != null) {
            searcher = new IndexSearcher(reader);
            if (current != null) {
                current.getIndexReader().decRef();
            }
        }
    }

    /**
     * The cosine similarity of the question's vector to the {@code k} nearest passages of these documents, by
     * passage number, nearest first; exact when the documents hold no more than {@code k} passages.
     */
    Map<Integer, Double> nearest(float[] question, Collection<String> documents, int k) {
        IndexSearcher current = acquire();
        try {
            KnnFloatVectorQuery query = new KnnFloatVectorQuery(VECTOR, question, k,
                    new TermInSetQuery(DOC, documents.stream().map(BytesRef::new).toList()));
            Map<Integer, Double> nearest = new LinkedHashMap<>();
            StoredFields stored = current.storedFields();
            for (ScoreDoc hit : current.search(query, k).scoreDocs) {
                int number = stored.document(hit.doc, Set.of(PASSAGE)).getField(PASSAGE).numericValue().intValue();
                // Lucene scores a dot product of unit vectors as (1 + cos) / 2.
                nearest.put(number, 2.0 * hit.score - 1.0);
            }
            return nearest;
        } catch (IOException e) {
            throw new UncheckedIOException("vector search failed", e);
        } finally {
            release(current);
        }
    }

    private IndexSearcher acquire() {
        while (true) {
            IndexSearcher current = searcher;
            if (current.getIndexReader().tryIncRef()) {
                return current;
            }
        }
    }

    private static void release(IndexSearcher searcher) {
        try {
            searcher.getIndexReader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the documents covered so far (for logs and tests). */
    List<String> coveredDocuments() {
        return new ArrayList<>(covered);
    }

    @Override
    public synchronized void close() throws IOException {
        IndexSearcher current = searcher;
        IOUtils.close(() -> current.getIndexReader().decRef(), writer, directory);
    }
}
