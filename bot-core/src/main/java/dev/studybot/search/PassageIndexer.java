package dev.studybot.search;

import dev.studybot.document.Passage;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/** Writes the passage index: one Lucene document per passage, words and bigrams of its folded text. */
public final class PassageIndexer {

    /** The field holding the document id, for scoping. */
    public static final String DOC = "doc";
    /** The stored number of the passage in its {@link PassageCatalog}. */
    public static final String NUMBER = "number";

    /**
     * Words and bigrams keep their frequencies (BM25) but no positions: every query is a set of term queries, so
     * positions would only cost indexing time and space.
     */
    private static final FieldType TERMS = termsType();

    /** Below this many passages one thread is fast enough (and keeps the document order of small indexes). */
    private static final int PARALLEL_FROM = 2000;

    private final StudyAnalyzers analyzers;
    private final ChineseNormalizer normalizer;

    public PassageIndexer(StudyAnalyzers analyzers, ChineseNormalizer normalizer) {
        this.analyzers = analyzers;
        this.normalizer = normalizer;
    }

    /** Replaces whatever the directory holds with the index of these passages. */
    public void build(List<Passage> passages, Directory directory) throws IOException {
        build(passages, passages.stream().map(p -> normalizer.normalize(p.text())).toList(), directory);
    }

    /**
     * Replaces whatever the directory holds with the index of these passages, whose folded texts the caller
     * already has ({@link PassageCatalog#foldedTexts()}).
     */
    public void build(List<Passage> passages, List<String> folded, Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity())
                .setRAMBufferSizeMB(64)
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int threads = passages.size() < PARALLEL_FROM ? 1
                    : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            if (threads == 1) {
                add(writer, passages, folded, 0, 1);
            } else {
                addInParallel(writer, passages, folded, threads);
            }
            // No forceMerge(1): rewriting the threads' segments into one cost a third of a large build, and scores
            // do not depend on how many segments there are (BM25 statistics are index-wide).
            writer.commit();
        }
    }

    /** Segmentation dominates the build: large libraries are analysed on several named threads. */
    private void addInParallel(IndexWriter writer, List<Passage> passages, List<String> folded, int threads)
            throws IOException {
        try {
            ParallelWork.run("studybot-indexer", threads, first -> {
                add(writer, passages, folded, first, threads);
                // Each thread writes out its own buffered segment, so the commit does not do it on one thread.
                writer.flushNextBuffer();
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw new IOException("indexing failed", e.getCause());
        }
    }

    private static FieldType termsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** Adds every {@code step}-th passage from {@code first}; the stored number keeps the catalog order. */
    private void add(IndexWriter writer, List<Passage> passages, List<String> folded, int first, int step) throws IOException {
        for (int i = first; i < passages.size(); i += step) {
            Passage passage = passages.get(i);
            String text = folded.get(i);
            Document doc = new Document();
            doc.add(new StringField(DOC, passage.docId(), Field.Store.NO));
            doc.add(new StoredField(NUMBER, i));
            doc.add(new Field(StudyAnalyzers.WORDS, text, TERMS));
            doc.add(new Field(StudyAnalyzers.GRAMS, text, TERMS));
            writer.addDocument(doc);
        }
    }
}
