package dev.studybot.search;

import dev.studybot.document.Passage;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
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

    private final StudyAnalyzers analyzers;
    private final ChineseNormalizer normalizer;

    public PassageIndexer(StudyAnalyzers analyzers, ChineseNormalizer normalizer) {
        this.analyzers = analyzers;
        this.normalizer = normalizer;
    }

    /** Replaces whatever the directory holds with the index of these passages. */
    public void build(List<Passage> passages, Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity())
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < passages.size(); i++) {
                Passage passage = passages.get(i);
                String folded = normalizer.normalize(passage.text());
                Document doc = new Document();
                doc.add(new StringField(DOC, passage.docId(), Field.Store.NO));
                doc.add(new StoredField(NUMBER, i));
                doc.add(new TextField(StudyAnalyzers.WORDS, folded, Field.Store.NO));
                doc.add(new TextField(StudyAnalyzers.GRAMS, folded, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
        }
    }
}
