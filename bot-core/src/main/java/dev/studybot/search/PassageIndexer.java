package dev.studybot.search;

import dev.studybot.document.Passage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * Writes the passage index: one Lucene document per passage, the words and the bigrams of its folded text, in the
 * two {@link IndexParts}.
 */
public final class PassageIndexer {

    /** The field holding the document id, for scoping. */
    public static final String DOC = "doc";

    /**
     * Words and bigrams keep their frequencies (BM25) but no positions: every query is a set of term queries, so
     * positions would only cost indexing time and space.
     */
    private static final FieldType TERMS = termsType();

    /**
     * Each part is written as segments of this many passages (and never merged), so both parts have the same
     * segments, which {@link org.apache.lucene.index.ParallelCompositeReader} requires.
     */
    private static final int SEGMENT_PASSAGES = 32_768;

    /**
     * From this many passages on, the bigram thread helps the words thread segment (below it, starting the help
     * costs more than it saves).
     */
    static final int SHARE_FROM = 2000;

    private final Supplier<StudyAnalyzers> analyzers;
    private final ChineseNormalizer normalizer;
    private final int segmentPassages;
    private final int shareFrom;

    public PassageIndexer(StudyAnalyzers analyzers, ChineseNormalizer normalizer) {
        this(() -> analyzers, normalizer);
    }

    /**
     * An indexer whose analyzers are asked for by the words part's thread when it starts: a build writes the bigrams
     * part meanwhile, which needs none (the analyzers' dictionary waits for the key terms of every passage).
     */
    public PassageIndexer(Supplier<StudyAnalyzers> analyzers, ChineseNormalizer normalizer) {
        this(analyzers, normalizer, SEGMENT_PASSAGES, SHARE_FROM);
    }

    /**
     * An indexer that writes segments of {@code segmentPassages} passages and shares the segmentation from
     * {@code shareFrom} passages on (tests use small ones).
     */
    PassageIndexer(StudyAnalyzers analyzers, ChineseNormalizer normalizer, int segmentPassages, int shareFrom) {
        this(() -> analyzers, normalizer, segmentPassages, shareFrom);
    }

    private PassageIndexer(Supplier<StudyAnalyzers> analyzers, ChineseNormalizer normalizer, int segmentPassages,
                           int shareFrom) {
        this.analyzers = analyzers;
        this.normalizer = normalizer;
        this.segmentPassages = segmentPassages;
        this.shareFrom = shareFrom;
    }

    /** Replaces whatever the parts hold with the index of these passages. */
    public void build(List<Passage> passages, IndexParts parts) throws IOException {
        build(passages, passages.stream().map(p -> normalizer.normalize(p.text())).toList(), parts);
    }

    /**
     * Replaces whatever the parts hold with the index of these passages, whose folded texts the caller already
     * has ({@link PassageCatalog#foldedTexts()}). The two parts are written at the same time on two named threads:
     * the bigram thread starts at once, the words thread first asks for the analyzers (which may make their
     * dictionary now). In a large index the bigram thread, once done, segments the last passages for the words thread.
     */
    public void build(List<Passage> passages, List<String> folded, IndexParts parts) throws IOException {
        // The words thread tells the bigram thread whether, and with what, to help it segment.
        CompletableFuture<Optional<SharedSegmentation>> sharing = new CompletableFuture<>();
        try {
            ParallelWork.run("studybot-indexer", 2, part -> {
                if (part == 0) {
                    writeWords(passages, folded, parts, sharing);
                } else {
                    write(parts.grams(), StudyAnalyzers.bigrams(),
                            (i, doc) -> doc.add(new Field(StudyAnalyzers.GRAMS, folded.get(i), TERMS)), passages.size());
                    sharing.join().ifPresent(SharedSegmentation::helpFromTheEnd);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException waited ? waited.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException("indexing failed", cause);
        }
    }

    /** Writes the words part, sharing its segmentation with the bigram thread in a large index. */
    private void writeWords(List<Passage> passages, List<String> folded, IndexParts parts,
                            CompletableFuture<Optional<SharedSegmentation>> sharing) throws IOException {
        StudyAnalyzers words;
        Optional<SharedSegmentation> shared;
        try {
            words = analyzers.get();
            shared = passages.size() < shareFrom ? Optional.empty()
                    : words.indexSegmenter().map(segmenter -> new SharedSegmentation(folded, segmenter));
        } catch (RuntimeException | Error e) {
            sharing.completeExceptionally(e);
            throw e;
        }
        sharing.complete(shared);
        // The analyzer asks the shared segmentation for the passage this thread is adding.
        int[] adding = new int[1];
        Analyzer analyzer = shared.map(share -> words.words(text -> share.words(adding[0], text)))
                .orElseGet(words::words);
        write(parts.words(), analyzer, (i, doc) -> {
            adding[0] = i;
            doc.add(new StringField(DOC, passages.get(i).docId(), Field.Store.NO));
            doc.add(new Field(StudyAnalyzers.WORDS, folded.get(i), TERMS));
        }, passages.size());
    }

    /** The fields of one part for the passage with this number. */
    @FunctionalInterface
    private interface PartFields {
        void add(int number, Document doc);
    }

    /**
     * Writes one part: passages in catalog order on one thread, without merges, so a Lucene document number is the
     * passage's number in the {@link PassageCatalog}, in both parts (nothing needs storing to map one to the other).
     */
    private void write(Directory directory, Analyzer analyzer, PartFields fields, int passages)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity())
                .setMaxBufferedDocs(segmentPassages)
                .setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setUseCompoundFile(false);
        try (analyzer; IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < passages; i++) {
                Document doc = new Document();
                fields.add(i, doc);
                writer.addDocument(doc);
            }
            writer.commit();
        }
    }

    private static FieldType termsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }
}
