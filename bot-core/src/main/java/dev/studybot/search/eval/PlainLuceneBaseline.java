package dev.studybot.search.eval;

import dev.studybot.document.Passage;
import dev.studybot.search.SearchScope;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Plain Lucene over the same passages as the system: one analyzer, the raw passage text in one field, BM25,
 * the question's tokens as SHOULD term clauses. It never abstains when anything matches.
 */
public final class PlainLuceneBaseline implements Ranker, Closeable {

    private static final String TEXT = "text";
    private static final String DOC = "doc";
    private static final String NUMBER = "number";

    private final String name;
    private final Analyzer analyzer;
    private final List<Passage> passages;
    private final SearchScope scope;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private PlainLuceneBaseline(String name, Analyzer analyzer, List<Passage> passages, SearchScope scope,
                                Directory directory) throws IOException {
        this.name = name;
        this.analyzer = analyzer;
        this.passages = passages;
        this.scope = scope;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes the passages in memory with the analyzer of this kind. */
    public static PlainLuceneBaseline build(BaselineKind kind, List<Passage> passages, SearchScope scope) {
        return build(kind.label(), kind.newAnalyzer(), passages, scope);
    }

    /** Indexes the passages in memory with this analyzer. */
    public static PlainLuceneBaseline build(String name, Analyzer analyzer, List<Passage> passages,
                                            SearchScope scope) {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
            for (int i = 0; i < passages.size(); i++) {
                Document doc = new Document();
                doc.add(new StringField(DOC, passages.get(i).docId(), Field.Store.NO));
                doc.add(new StoredField(NUMBER, i));
                doc.add(new TextField(TEXT, passages.get(i).text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the " + name + " baseline", e);
        }
        try {
            return new PlainLuceneBaseline(name, analyzer, passages, scope, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the " + name + " baseline", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Ranking rank(String question, int k) {
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            int clauses = 0;
            try (TokenStream stream = analyzer.tokenStream(TEXT, question)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken() && clauses < IndexSearcher.getMaxClauseCount() - 1) {
                    query.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
                stream.end();
            }
            if (clauses == 0) {
                return new Ranking(false, List.of());
            }
            query.setMinimumNumberShouldMatch(1);
            if (!scope.isAll()) {
                query.add(new TermInSetQuery(DOC, scope.documentIds().stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER);
            }
            List<String> texts = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), k).scoreDocs) {
                int number = searcher.storedFields().document(hit.doc).getField(NUMBER).numericValue().intValue();
                texts.add(passages.get(number).text());
            }
            return new Ranking(!texts.isEmpty(), texts);
        } catch (IOException e) {
            throw new UncheckedIOException("baseline search failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
