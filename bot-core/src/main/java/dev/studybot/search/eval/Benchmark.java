package dev.studybot.search.eval;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.Passage;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.search.PassageCatalog;
import dev.studybot.search.PassageEmbedder;
import dev.studybot.search.SearchScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Times the system against plain Lucene (StandardAnalyzer) on the same passages in one run: index build of each
 * (after a small warm-up build of both), then every query after a warm-up round, then the heap in use with the
 * system loaded after a full collection.
 */
public final class Benchmark {

    private static final int ROUNDS = 3;
    private static final String[] FRAMES = {"%s", "%s是什么？", "请问%s有哪些要求", "关于%s怎么说的", "%s吗"};

    private final Random random;
    private final Optional<PassageEmbedder> embedder;

    /** @param random the source of generated queries (seeded, so runs compare) */
    public Benchmark(Random random) {
        this(random, Optional.empty());
    }

    /**
     * @param random   the source of generated queries (seeded, so runs compare)
     * @param embedder the system's dense judge, if it has one
     */
    public Benchmark(Random random, Optional<PassageEmbedder> embedder) {
        this.random = random;
        this.embedder = embedder;
    }

    /**
     * Runs the benchmark.
     *
     * @param library   the documents
     * @param questions questions to time besides the generated ones
     * @param generated how many queries to generate from the passages
     */
    public BenchResult run(DocumentLibrary library, List<String> questions, int generated) {
        PassageCatalog catalog = PassageCatalog.of(library);
        List<Passage> passages = catalog.passages();
        if (!library.documents().isEmpty()) {
            warmUp(new DocumentLibrary(List.of(library.documents().get(0))), embedder);
        }

        long start = System.nanoTime();
        PlainLuceneBaseline baseline = PlainLuceneBaseline.build(BaselineKind.STANDARD, passages, SearchScope.ALL);
        long baselineIndexMs = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        LuceneSearchEngine engine = LuceneSearchEngine.open(catalog, IndexFolder.inMemory(), embedder);
        long indexMs = (System.nanoTime() - start) / 1_000_000;

        List<String> queries = queries(questions, passages, generated);
        try (engine) {
            long[] baselineTimes;
            try (baseline) {
                baselineTimes = time(queries, q -> baseline.rank(q, 3));
            }
            long[] systemTimes = time(queries, q -> engine.search(q, SearchScope.ALL, 3));
            long heapMb = heapAfterGc();
            return new BenchResult(passages.size(), indexMs, baselineIndexMs, percentile(systemTimes, 50),
                    percentile(systemTimes, 99), percentile(baselineTimes, 50), percentile(baselineTimes, 99),
                    heapMb, queries.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads classes and dictionaries and warms the JIT on a small build of each, so neither pays for it alone. */
    private static void warmUp(DocumentLibrary sample, Optional<PassageEmbedder> embedder) {
        PassageCatalog catalog = PassageCatalog.of(sample);
        if (catalog.passages().isEmpty()) {
            return;
        }
        String probe = catalog.passages().get(0).text();
        try (PlainLuceneBaseline baseline = PlainLuceneBaseline.build(BaselineKind.STANDARD, catalog.passages(),
                SearchScope.ALL);
             LuceneSearchEngine engine = LuceneSearchEngine.open(catalog, IndexFolder.inMemory(), embedder)) {
            baseline.rank(probe, 3);
            engine.search(probe, SearchScope.ALL, 3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The given questions plus pieces of random passages framed as questions. */
    List<String> queries(List<String> questions, List<Passage> passages, int generated) {
        Set<String> queries = new LinkedHashSet<>(questions);
        for (int i = 0; i < generated && !passages.isEmpty(); i++) {
            String text = passages.get(random.nextInt(passages.size())).text();
            int length = Math.min(text.length(), 4 + random.nextInt(12));
            int from = random.nextInt(text.length() - length + 1);
            queries.add(String.format(FRAMES[random.nextInt(FRAMES.length)], text.substring(from, from + length)));
        }
        return new ArrayList<>(queries);
    }

    /** Nanosecond timings of every query over several rounds, after one untimed round. */
    private static long[] time(List<String> queries, Consumer<String> search) {
        queries.forEach(search);
        long[] times = new long[queries.size() * ROUNDS];
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                search.accept(query);
                times[i++] = System.nanoTime() - start;
            }
        }
        return times;
    }

    /** The p-th percentile, in microseconds. */
    static long percentile(long[] nanos, int p) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000;
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
