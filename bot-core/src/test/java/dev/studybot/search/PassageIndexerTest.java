package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.Passage;
import java.util.List;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
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
            new PassageIndexer(new StudyAnalyzers(), new ChineseNormalizer(), 3)
                    .build(passages, catalog.foldedTexts(), parts);
            try (CompositeReader reader = parts.openReader()) {
                assertEquals((passages.size() + 2) / 3, reader.leaves().size());
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    assertEquals(doc, stored.document(doc).getField(PassageIndexer.NUMBER).numericValue().intValue());
                }
                // A bigram of the grams part finds exactly the passages whose folded text holds it.
                String gram = catalog.folded(passages.size() - 1).substring(0, 2);
                IndexSearcher searcher = new IndexSearcher(reader);
                List<Integer> found = java.util.Arrays.stream(searcher.search(
                                new TermQuery(new Term(StudyAnalyzers.GRAMS, gram)), passages.size()).scoreDocs)
                        .map(hit -> hit.doc).sorted().toList();
                List<Integer> expected = java.util.stream.IntStream.range(0, passages.size())
                        .filter(i -> catalog.folded(i).contains(gram)).boxed().toList();
                assertEquals(expected, found);
            }
        }
    }
}
