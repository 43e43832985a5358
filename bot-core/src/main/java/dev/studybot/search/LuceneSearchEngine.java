package dev.studybot.search;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches the passage index, scoped to the chat's documents, as a list of stages run in order: a
 * {@link QuestionReader} reads the question once; {@link CandidateStage candidate stages} find passages (BM25 over
 * HanLP words, character bigrams and synonyms; and, when the searched documents are few, their passages closest in
 * meaning); a {@link CandidateScorer} weighs every feature; {@link Judge judges} decide, in turn, whether the first
 * passage answers (coverage and the model's similarity, numbered slogans, the kind of answer asked for, the day a
 * question is anchored to, another occasion, the parts of a term the passage only names, the act a how-to
 * question asks about, the party whose judgment is asked, the thing whose arrangement is asked).
 *
 * <p>User text only ever becomes {@link org.apache.lucene.search.TermQuery term queries}: it never reaches a query
 * parser.
 */
public final class LuceneSearchEngine implements PassageSearch, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchEngine.class);

    /** Passage vectors kept for the dense judge (2 KB each). */
    private static final int PASSAGE_VECTORS = 8192;

    private final PassageCatalog catalog;
    private final IndexParts parts;
    private final CompositeReader reader;
    private final Optional<PassageVectors> vectors;
    private final Optional<DenseCandidates> dense;
    private final ScopedIndexes indexes;
    private final QuestionReader questions;
    private final List<CandidateStage> candidateStages;
    private final CandidateScorer scorer;
    private final List<Judge> judges;
    private final Highlighter highlighter = new Highlighter();
    private volatile Thread warmUp;

    private LuceneSearchEngine(PassageCatalog catalog, IndexParts parts, StudyAnalyzers analyzers, Synonyms synonyms,
                               ChineseNormalizer normalizer, Optional<PassageEmbedder> embedder,
                               Optional<PassageVectors> vectors) throws IOException {
        this.catalog = catalog;
        this.parts = parts;
        this.reader = parts.openReader();
        this.vectors = vectors;
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        PassageIndex main = PassageIndex.main(searcher, analyzers);
        this.indexes = new ScopedIndexes(catalog, folded -> analyzers(folded, synonyms), normalizer, main);
        Map<String, String> foldedTitles = new LinkedHashMap<>();
        catalog.titles().forEach((id, title) -> foldedTitles.put(id, normalizer.normalize(title)));
        this.questions = new QuestionReader(normalizer, foldedTitles, synonyms, indexes, catalog);
        this.dense = embedder.flatMap(model -> vectors.map(v -> new DenseCandidates(v, model, catalog)));
        List<CandidateStage> stages = new ArrayList<>(List.of(new LexicalCandidates()));
        dense.ifPresent(stages::add);
        this.candidateStages = List.copyOf(stages);
        this.scorer = new CandidateScorer(catalog);
        Judge answers = embedder.<Judge>map(model -> new DenseJudge(model, catalog, PASSAGE_VECTORS))
                .orElseGet(CoverageJudge::new);
        Predicate<Scored> accepted = embedder.isPresent() ? DenseJudge::accepts : CoverageJudge::accepts;
        this.judges = List.of(answers, new NamedSiteJudge(catalog, accepted), new ListAnswerJudge(catalog),
                new OverviewJudge(catalog, accepted),
                new SloganJudge(catalog), new DefinedHeadJudge(catalog), new StandingJudge(catalog),
                new RegardJudge(catalog), new BalanceJudge(catalog), new AddresseeJudge(catalog, accepted),
                new PersonRoleJudge(catalog), new KindOfThingJudge(catalog), new ExpectedAnswerJudge(catalog, accepted),
                new HeadlineJudge(catalog), new LeadJudge(catalog), new DayTimeJudge(catalog),
                new UnmentionedRegionJudge(catalog), new UnmentionedYearJudge(catalog),
                new NumberedOneJudge(catalog), new UnmentionedTopicJudge(catalog), new OppositeJudge(catalog),
                new OtherOccasionJudge(catalog), new TermPartsJudge(catalog), new SpecificListJudge(catalog),
                new ProcedureJudge(catalog), new OutsideViewJudge(catalog), new ArrangedTopicJudge(catalog),
                new AlternativeJudge(catalog));
    }

    /**
     * Opens a search engine on words alone over the library, reusing the index in the folder when it was built
     * from the same documents, rebuilding it otherwise.
     *
     * @param library     the documents
     * @param indexFolder where the index lives ({@link IndexFolder#inMemory()} for tests and one-shot runs)
     */
    public static LuceneSearchEngine open(DocumentLibrary library, IndexFolder indexFolder) {
        return open(PassageCatalog.of(library), indexFolder, Optional.empty());
    }

    /**
     * Opens a search engine over the library (see {@link #open(DocumentLibrary, IndexFolder)}) that also asks the
     * embedder how close passages are in meaning: to every passage of a search over few documents, to the first few
     * when the words leave doubt, to decide whether to answer.
     */
    public static LuceneSearchEngine open(DocumentLibrary library, IndexFolder indexFolder,
                                          Optional<PassageEmbedder> embedder) {
        return open(PassageCatalog.of(library), indexFolder, embedder);
    }

    /** Opens a search engine over the passages of a catalog (see {@link #open(DocumentLibrary, IndexFolder)}). */
    public static LuceneSearchEngine open(PassageCatalog catalog, IndexFolder indexFolder) {
        return open(catalog, indexFolder, Optional.empty());
    }

    /** Opens a search engine over a catalog's passages, with the model's opinion when an embedder is given. */
    public static LuceneSearchEngine open(PassageCatalog catalog, IndexFolder indexFolder,
                                          Optional<PassageEmbedder> embedder) {
        ChineseNormalizer normalizer = new ChineseNormalizer();
        Synonyms synonyms = new Synonyms();
        // The segmenter keeps whole the documents' own key terms and the phrases everyday words stand for. Finding
        // them reads every passage: a build does it on the words thread while the bigram thread writes its part.
        OnFirstUse<StudyAnalyzers> analyzers = new OnFirstUse<>(() -> analyzers(catalog.foldedTexts(), synonyms));
        PassageIndexer indexer = new PassageIndexer(analyzers, normalizer);
        try {
            IndexParts parts = indexFolder.openOrBuild(catalog.fingerprint(),
                    () -> analyzers.get().dictionaryFingerprint() + "-" + CodeStamp.indexing(),
                    built -> indexer.build(catalog.passages(), catalog.foldedTexts(), built));
            Optional<PassageVectors> vectors = Optional.empty();
            try {
                if (embedder.isPresent()) {
                    vectors = Optional.of(PassageVectors.open(catalog, embedder.get(),
                            indexFolder.vectors(catalog.fingerprint(), embedder.get().model())));
                }
                return new LuceneSearchEngine(catalog, parts, analyzers.get(), synonyms, normalizer, embedder,
                        vectors);
            } catch (IOException | RuntimeException e) {
                IOUtils.closeWhileHandlingException(parts, vectors.orElse(null));
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the passage index", e);
        }
    }

    /** Analyzers whose segmenter keeps whole the key terms of these folded passages and the everyday phrases. */
    private static StudyAnalyzers analyzers(List<String> folded, Synonyms synonyms) {
        List<String> dictionary = new ArrayList<>(KeyTerms.of(folded));
        dictionary.addAll(synonyms.documentPhrases());
        return new StudyAnalyzers(dictionary);
    }

    /** The passages this engine searches. */
    public PassageCatalog catalog() {
        return catalog;
    }

    /**
     * Computes the passage vectors of the scope's documents now, when a search over them compares every passage
     * with the question (few documents) and the model is on: the first question then pays nothing for them. Stored
     * vectors are read back on the next start.
     */
    public void prepare(SearchScope scope) {
        dense.ifPresent(stage -> stage.prepare(scope));
    }

    /**
     * Starts computing the passage vectors of every document in the background, in library order (the bundled
     * documents first), on one low-priority thread named {@code studybot-vectors}: searches that name a document or
     * are scoped to it then find its vectors ready. Stored vectors are kept, so only the first start with new
     * documents pays (about 10 ms a passage: a report in a fraction of a second, the whole library in minutes).
     * Stops when the engine closes.
     */
    public void warmUpInBackground() {
        if (vectors.isEmpty() || warmUp != null) {
            return;
        }
        warmUp = Thread.ofPlatform().name("studybot-vectors").daemon(true).priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                // The model itself loads with the first text it embeds: do that before anyone asks.
                prepare(SearchScope.ALL);
                vectors.get().ensure(catalog.titles().keySet());
            } catch (RuntimeException e) {
                LOG.warn("computing passage vectors in the background failed: {}", e.toString());
            }
        });
    }

    @Override
    public SearchResult search(String question, SearchScope scope, int topK) {
        if (topK < 1) {
            return SearchResult.unanswered(question);
        }
        SearchQuestion read = questions.read(question, scope);
        if (!read.searchable()) {
            return new SearchResult(question, false, List.of(), read.naming());
        }
        CandidatePool pool = new CandidatePool();
        List<Scored> ranked;
        PassageIndex index = indexes.acquire(read.searched(), !read.onlyNamed());
        try {
            for (CandidateStage stage : candidateStages) {
                stage.collect(read, index, pool);
            }
            ranked = pool.isEmpty() ? List.of() : scorer.rank(read, index, pool);
        } finally {
            index.release();
        }
        if (ranked.isEmpty()) {
            return new SearchResult(question, false, List.of(), read.naming());
        }
        Verdict verdict = new Verdict(ranked, true);
        if (LOG.isDebugEnabled()) {
            LOG.debug("ranked {} words {} folded {}", ranked.subList(0, Math.min(5, ranked.size())),
                    read.terms().words(), read.folded());
        }
        for (Judge judge : judges) {
            Verdict before = verdict;
            verdict = judge.judge(read, verdict);
            if (LOG.isDebugEnabled() && (verdict.answered() != before.answered() || verdict.first() != before.first())) {
                LOG.debug("{}: answered {} -> {}, first {}", judge.getClass().getSimpleName(), before.answered(),
                        verdict.answered(), verdict.first());
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Scored scored : verdict.ranked().subList(0, Math.min(topK, verdict.ranked().size()))) {
            Passage passage = catalog.passage(scored.number());
            hits.add(new Hit(passage, catalog.fullTitle(passage.docId()), scored.score(),
                    highlighter.highlights(passage.text(), catalog.folded(scored.number()), read.terms())));
        }
        return new SearchResult(question, verdict.answered(), hits, read.naming());
    }

    @Override
    public void close() throws IOException {
        Thread running = warmUp;
        if (running != null) {
            running.interrupt();
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        IOUtils.close(indexes, reader, parts, vectors.orElse(null));
    }
}
