package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The two parts of the index line up document by document, however many segments they are written in. */
class PassageIndexerTest {

    @Test
    void bothPartsHoldThePassagesInCatalogOrderAcrossManySegments() throws Exception {
        PassageCatalog catalog = PassageCatalog.of(SearchFixture.library());
        List<Passage> passages = catalog.passages();
        assertTrue(passages.size() > 6, "the fixture must span several segments of three");
        try (IndexParts parts = new IndexParts(new ByteBuffersDirectory(), new ByteBuffersDirectory())) {
            new PassageIndexer(new StudyAnalyzers(), new ChineseNormalizer(), 3, PassageIndexer.SHARE_FROM)
                    .build(passages, catalog.foldedTexts(), parts);
            try (CompositeReader reader = parts.openReader()) {
                assertEquals((passages.size() + 2) / 3, reader.leaves().size());
                assertEquals(passages.size(), reader.maxDoc());
                IndexSearcher searcher = new IndexSearcher(reader);
                // Lucene's document number is the passage number: each document id of the words part and each
                // bigram of the grams part finds exactly the passages that have it.
                for (String docId : passages.stream().map(Passage::docId).distinct().toList()) {
                    assertEquals(numbers(passages.size(), i -> passages.get(i).docId().equals(docId)),
                            found(searcher, new Term(PassageIndexer.DOC, docId), passages.size()));
                }
                for (int i = 0; i < passages.size(); i += 2) {
                    String gram = catalog.folded(i).substring(0, 2);
                    assertEquals(numbers(passages.size(), n -> catalog.folded(n).contains(gram)),
                            found(searcher, new Term(StudyAnalyzers.GRAMS, gram), passages.size()), gram);
                }
            }
        }
    }

    @Test
    void theWordsPartIsTheSameWhenTheBigramThreadHelpsSegment() throws Exception {
        PassageCatalog catalog = PassageCatalog.of(SearchFixture.library());
        List<Passage> passages = catalog.passages();
        StudyAnalyzers analyzers = new StudyAnalyzers();
        try (IndexParts alone = new IndexParts(new ByteBuffersDirectory(), new ByteBuffersDirectory());
             IndexParts shared = new IndexParts(new ByteBuffersDirectory(), new ByteBuffersDirectory())) {
            new PassageIndexer(analyzers, new ChineseNormalizer(), 3, Integer.MAX_VALUE)
                    .build(passages, catalog.foldedTexts(), alone);
            new PassageIndexer(analyzers, new ChineseNormalizer(), 3, 1).build(passages, catalog.foldedTexts(), shared);
            try (CompositeReader one = alone.openReader(); CompositeReader other = shared.openReader()) {
                IndexSearcher first = new IndexSearcher(one);
                IndexSearcher second = new IndexSearcher(other);
                for (String word : List.of("就业", "民生", "赤字率", "基层民主", "绿水青山")) {
                    Term term = new Term(StudyAnalyzers.WORDS, word);
                    assertEquals(found(first, term, passages.size()), found(second, term, passages.size()), word);
                    assertEquals(one.totalTermFreq(term), other.totalTermFreq(term), word);
                }
                assertTrue(one.totalTermFreq(new Term(StudyAnalyzers.WORDS, "就业")) > 0, "the words are indexed");
            }
        }
    }

    @Test
    void aFailureToMakeTheAnalyzersFailsTheBuildInsteadOfLeavingTheBigramThreadWaiting() {
        PassageCatalog catalog = PassageCatalog.of(SearchFixture.library());
        Supplier<StudyAnalyzers> failing = () -> {
            throw new IllegalStateException("no dictionary");
        };
        try (IndexParts parts = new IndexParts(new ByteBuffersDirectory(), new ByteBuffersDirectory())) {
            IOException failed = assertThrows(IOException.class, () -> new PassageIndexer(failing,
                    new ChineseNormalizer()).build(catalog.passages(), catalog.foldedTexts(), parts));
            assertEquals("no dictionary", failed.getCause().getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> found(IndexSearcher searcher, Term term, int max) throws java.io.IOException {
        return Arrays.stream(searcher.search(new TermQuery(term), max).scoreDocs).map(hit -> hit.doc).sorted().toList();
    }

    private static List<Integer> numbers(int count, IntPredicate having) {
        return IntStream.range(0, count).filter(having).boxed().toList();
    }
}
