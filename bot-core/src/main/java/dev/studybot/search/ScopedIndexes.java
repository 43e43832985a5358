package dev.studybot.search;

import dev.studybot.document.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index a search over a few documents uses: their own small index, so that BM25 and the coverage weigh a word
 * by how rare it is in the documents the chat reads, not in the whole library. (Across the library 四川 is a rare
 * word and 总书记 a common one; in a report on a visit to Sichuan it is the other way round, and a question scoped to
 * that report ranked as if it were asked of the library: R@1 fell from 0.88 to 0.77 on the report's tuning questions
 * when the library was loaded beside it.) Built on first use in memory, the same way as the main index, and kept for
 * the {@value #KEPT} scopes used last; a scope of more than {@value #MAX_PASSAGES} passages, or of every document,
 * uses the main index.
 *
 * <p>The chat's own scope is cut with a segmenter that knows the key terms of the scope's documents only, not of
 * the library, and the question is cut with the same one: the library's terms (面向世界, 城乡融合…) kept whole in the
 * question made a scoped question read differently from the same question asked of the report alone. A document a
 * question names in a chat reading the library is cut as the library is: the question is asked in the library's
 * words (the named held-out set lost a row when it too was cut with its own terms).
 */
final class ScopedIndexes implements Closeable {

    /** The most passages a scope may have for an index of its own. */
    static final int MAX_PASSAGES = 1_000;
    /** How many scopes' indexes are kept. */
    static final int KEPT = 8;

    private static final Logger LOG = LoggerFactory.getLogger(ScopedIndexes.class);

    private final PassageCatalog catalog;
    private final Function<List<String>, StudyAnalyzers> analyzersOf;
    private final ChineseNormalizer normalizer;
    private final PassageIndex main;
    private final Map<Key, PassageIndex> scoped = new LinkedHashMap<>(16, 0.75f, true);

    /** A scope's documents, and whether its index is cut with their own key terms or the library's. */
    private record Key(Set<String> documents, boolean ownTerms) {
    }

    /**
     * @param analyzersOf the analyzers for the folded passages of a scope (their key terms in the segmenter)
     */
    ScopedIndexes(PassageCatalog catalog, Function<List<String>, StudyAnalyzers> analyzersOf,
                  ChineseNormalizer normalizer, PassageIndex main) {
        this.catalog = catalog;
        this.analyzersOf = analyzersOf;
        this.normalizer = normalizer;
        this.main = main;
    }

    /** The index to search these documents with, acquired for the caller, who {@link PassageIndex#release releases} it. */
    PassageIndex acquire(SearchScope scope, boolean ownTerms) {
        // A search of every document never waits while a scope's index is being built.
        return scope.isAll() ? acquired(main) : acquireScoped(scope, ownTerms);
    }

    /** A scope's index, acquired under the lock so that no other search evicts it in between. */
    private synchronized PassageIndex acquireScoped(SearchScope scope, boolean ownTerms) {
        return acquired(scoped(scope, ownTerms));
    }

    private static PassageIndex acquired(PassageIndex index) {
        if (!index.acquire()) {
            throw new IllegalStateException("the search engine is closed");
        }
        return index;
    }

    private PassageIndex scoped(SearchScope scope, boolean ownTerms) {
        Key key = new Key(scope.documentIds(), ownTerms);
        PassageIndex index = scoped.get(key);
        if (index != null) {
            return index;
        }
        List<Integer> numbers = new ArrayList<>();
        for (int number = 0; number < catalog.passages().size(); number++) {
            if (scope.includes(catalog.passage(number).docId())) {
                numbers.add(number);
            }
        }
        if (numbers.size() > MAX_PASSAGES || numbers.size() == catalog.passages().size()) {
            return main;
        }
        index = build(numbers, ownTerms);
        scoped.put(key, index);
        if (scoped.size() > KEPT) {
            var eldest = scoped.entrySet().iterator();
            // A search still using the evicted index keeps it open until it releases it.
            eldest.next().getValue().release();
            eldest.remove();
        }
        return index;
    }

    private PassageIndex build(List<Integer> numbers, boolean ownTerms) {
        long start = System.nanoTime();
        List<Passage> passages = new ArrayList<>(numbers.size());
        List<String> folded = new ArrayList<>(numbers.size());
        for (int number : numbers) {
            passages.add(catalog.passage(number));
            folded.add(catalog.folded(number));
        }
        IndexParts parts = new IndexParts(new ByteBuffersDirectory(), new ByteBuffersDirectory());
        StudyAnalyzers analyzers = ownTerms ? analyzersOf.apply(folded) : main.analyzers();
        try {
            new PassageIndexer(analyzers, normalizer).build(passages, folded, parts);
            CompositeReader reader = parts.openReader();
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            LOG.debug("indexed a scope of {} passages in {} ms", numbers.size(), (System.nanoTime() - start) / 1_000_000);
            return new PassageIndex(searcher, numbers.stream().mapToInt(Integer::intValue).toArray(), analyzers);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(parts);
            throw new UncheckedIOException("cannot index the scope", e);
        }
    }

    @Override
    public synchronized void close() {
        scoped.values().forEach(PassageIndex::release);
        scoped.clear();
    }
}
