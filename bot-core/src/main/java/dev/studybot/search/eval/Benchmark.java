package dev.studybot.search.eval;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.Passage;
import dev.studybot.search.IndexFolder;
import dev.studybot.search.LuceneSearchEngine;
import dev.studybot.search.PassageCatalog;
import dev.studybot.search.PassageEmbedder;
import dev.studybot.search.SearchScope;
import java.io.Closeable;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the system against plain Lucene (StandardAnalyzer) on the same passages in one run: index build of each
 * (the median of {@value #BUILDS} builds, see below), then every query after a warm-up round, then the heap in use
 * with the system loaded after a full collection.
 *
 * <p>What the index figures hold, so that they compare fairly:
 * <ul>
 *   <li>Both start from the same passages, already read and cut ({@link PassageCatalog#of}): loading documents
 *   and splitting sentences are neither's indexing and sit outside both timings.</li>
 *   <li>The system's time is {@link LuceneSearchEngine#open} on a fresh catalog: folding every passage (traditional
 *   to simplified, full to half width), finding the key terms and building their dictionary, segmenting and
 *   indexing both fields, committing and opening the reader. The catalog folds lazily, so a fresh one per build
 *   keeps the folding inside the timing. The baseline's time is its analyzer, indexing the raw texts, its
 *   {@code forceMerge(1)} (a no-op: one thread with its buffer writes one segment), commit and opening its reader.</li>
 *   <li>One-time JVM costs are outside both, as far as they can be: the warm-up build on the first document loads
 *   the classes of both and HanLP's dictionaries (core, custom, traditional-to-simplified), which every later build
 *   shares, as the baseline's analyzer classes are loaded by its own warm-up build. Then {@value #WARM_BUILDS} full
 *   builds of each, untimed, pay for compiling the hot code. The system has far more of it (HanLP, the folding,
 *   two analyzers) and on this 2-core machine its first full builds took 1.6-1.8 s, its second about 1.0 s and
 *   later ones 0.7-0.8 s, while the baseline's went from 0.45 s to 0.22 s after one: a single cold build mostly
 *   times the JIT compiler. The untimed builds are logged (INFO): the first of each is the cold figure, what a
 *   bot pays on its first start with new documents.</li>
 *   <li>Then each is built {@value #BUILDS} times, alternating which goes first (so neither always inherits the
 *   other's warm caches), and the median is reported: on a shared machine one build of each swung the ratio by
 *   half a unit between runs. Every build does the full work.</li>
 * </ul>
 */
public final class Benchmark {

    private static final int ROUNDS = 3;
    /** Index builds of each, alternating; the median is reported. */
    private static final int BUILDS = 5;
    /** Full untimed builds of each before those: until then the system's builds still pay for compiling. */
    private static final int WARM_BUILDS = 5;
    private static final String[] FRAMES = {"%s", "%s是什么？", "请问%s有哪些要求", "关于%s怎么说的", "%s吗"};

    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);

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
        List<Passage> passages = PassageCatalog.of(library).passages();
        if (!library.documents().isEmpty()) {
            warmUp(new DocumentLibrary(List.of(library.documents().get(0))), embedder);
        }

        long[] baselineBuilds = new long[WARM_BUILDS + BUILDS];
        long[] systemBuilds = new long[WARM_BUILDS + BUILDS];
        PlainLuceneBaseline baseline = null;
        LuceneSearchEngine engine = null;
        try {
            for (int build = 0; build < systemBuilds.length; build++) {
                boolean baselineFirst = build % 2 == 0;
                if (baselineFirst) {
                    baseline = replace(baseline, timeBaseline(passages, baselineBuilds, build));
                }
                // A fresh catalog: it folds on first use, so every build pays for its own folding.
                PassageCatalog catalog = PassageCatalog.of(library);
                long start = System.nanoTime();
                LuceneSearchEngine built = LuceneSearchEngine.open(catalog, IndexFolder.inMemory(), embedder);
                systemBuilds[build] = System.nanoTime() - start;
                engine = replace(engine, built);
                if (!baselineFirst) {
                    baseline = replace(baseline, timeBaseline(passages, baselineBuilds, build));
                }
            }
        } catch (RuntimeException e) {
            closeIfOpen(baseline);
            closeIfOpen(engine);
            throw e;
        }
        LOG.info("index builds (ms), the first {} untimed: system {}, baseline {}", WARM_BUILDS, millis(systemBuilds), millis(baselineBuilds));
        long indexMs = median(Arrays.copyOfRange(systemBuilds, WARM_BUILDS, systemBuilds.length)) / 1_000_000;
        long baselineIndexMs = median(Arrays.copyOfRange(baselineBuilds, WARM_BUILDS, baselineBuilds.length)) / 1_000_000;
        PlainLuceneBaseline finalBaseline = baseline;
        LuceneSearchEngine finalEngine = engine;

        List<String> queries = queries(questions, passages, generated);
        try (finalEngine) {
            long[] baselineTimes;
            try (finalBaseline) {
                baselineTimes = time(queries, q -> finalBaseline.rank(q, 3));
            }
            long[] systemTimes = time(queries, q -> finalEngine.search(q, SearchScope.ALL, 3));
            long heapMb = heapAfterGc();
            return new BenchResult(passages.size(), indexMs, baselineIndexMs, percentile(systemTimes, 50),
                    percentile(systemTimes, 99), percentile(baselineTimes, 50), percentile(baselineTimes, 99),
                    heapMb, queries.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlainLuceneBaseline timeBaseline(List<Passage> passages, long[] times, int build) {
        long start = System.nanoTime();
        PlainLuceneBaseline baseline = PlainLuceneBaseline.build(BaselineKind.STANDARD, passages, SearchScope.ALL);
        times[build] = System.nanoTime() - start;
        return baseline;
    }

    /** Closes the previous build (only the last one is searched) and keeps the new one. */
    private static <T extends Closeable> T replace(T previous, T next) {
        closeIfOpen(previous);
        return next;
    }

    private static void closeIfOpen(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String millis(long[] nanos) {
        return Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray());
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
        // The least of a few full collections: after one or two, the same state measured anywhere from 79 to 109 MB.
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least / (1024 * 1024);
    }
}
