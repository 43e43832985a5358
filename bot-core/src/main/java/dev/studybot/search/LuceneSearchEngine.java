package dev.studybot.search;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the passage index: HanLP words and character bigrams of the question, BM25, scoped to the chat's
 * documents; abstains when the best passage covers too little of what the question is about.
 *
 * <p>User text only ever becomes {@link TermQuery term queries}: it never reaches a query parser.
 */
public final class LuceneSearchEngine implements PassageSearch, Closeable {

    /**
     * Share (idf-weighted) of the question's bigrams the best passage must contain to count as an answer;
     * calibrated on our question sets: off-topic questions reached 0.38, answerable ones sat mostly above 0.45.
     */
    static final double MIN_COVERAGE = 0.4;
    /** Candidates BM25 hands to the re-scoring, per query. */
    private static final int CANDIDATES = 50;
    /** How many of the first candidates are ranked with every feature; the rest may miss the costliest one. */
    private static final int EXACT_TOP = 10;
    private static final float WORD_BOOST = 1.0f;
    private static final float GRAM_BOOST = 0.6f;
    /** Weight of a content word's synonym beside the word itself (a plateau from 0.3 to 1 on our question sets). */
    private static final float SYNONYM_BOOST = 0.5f;
    /** Passage vectors kept for the dense judge (2 KB each). */
    private static final int PASSAGE_VECTORS = 8192;

    private final PassageCatalog catalog;
    private final IndexParts parts;
    private final CompositeReader reader;
    private final IndexSearcher searcher;
    private final StudyAnalyzers analyzers;
    private final ChineseNormalizer normalizer;
    private final Highlighter highlighter = new Highlighter();
    private final DocumentMentions mentions;
    private final Synonyms synonyms;
    private final PassageScorer scorer = new PassageScorer(PassageScorer.Weights.DEFAULT);
    private final Optional<DenseJudge> dense;

    private LuceneSearchEngine(PassageCatalog catalog, IndexParts parts, StudyAnalyzers analyzers, Synonyms synonyms,
                               ChineseNormalizer normalizer, Optional<PassageEmbedder> embedder) throws IOException {
        this.catalog = catalog;
        this.dense = embedder.map(e -> new DenseJudge(e, catalog, PASSAGE_VECTORS));
        this.parts = parts;
        this.reader = parts.openReader();
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        this.analyzers = analyzers;
        this.synonyms = synonyms;
        this.normalizer = normalizer;
        Map<String, String> foldedTitles = new LinkedHashMap<>();
        catalog.titles().forEach((id, title) -> foldedTitles.put(id, normalizer.normalize(title)));
        this.mentions = new DocumentMentions(foldedTitles);
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
     * Opens a search engine over the library (see {@link #open(DocumentLibrary, IndexFolder)}) that asks the
     * embedder's similarity when the words leave doubt, to re-order the first passages and decide whether to answer.
     */
    public static LuceneSearchEngine open(DocumentLibrary library, IndexFolder indexFolder,
                                          Optional<PassageEmbedder> embedder) {
        return open(PassageCatalog.of(library), indexFolder, embedder);
    }

    /** Opens a search engine over the passages of a catalog (see {@link #open(DocumentLibrary, IndexFolder)}). */
    public static LuceneSearchEngine open(PassageCatalog catalog, IndexFolder indexFolder) {
        return open(catalog, indexFolder, Optional.empty());
    }

    /** Opens a search engine over a catalog's passages, with the dense judge when an embedder is given. */
    public static LuceneSearchEngine open(PassageCatalog catalog, IndexFolder indexFolder,
                                          Optional<PassageEmbedder> embedder) {
        ChineseNormalizer normalizer = new ChineseNormalizer();
        // The segmenter keeps whole the documents' own key terms and the phrases everyday words stand for.
        List<String> dictionary = new ArrayList<>(KeyTerms.of(catalog.foldedTexts()));
        Synonyms synonyms = new Synonyms();
        dictionary.addAll(synonyms.documentPhrases());
        StudyAnalyzers analyzers = new StudyAnalyzers(dictionary);
        PassageIndexer indexer = new PassageIndexer(analyzers, normalizer);
        try {
            IndexParts parts = indexFolder.openOrBuild(catalog.fingerprint() + "-" + analyzers.dictionaryFingerprint(),
                    built -> indexer.build(catalog.passages(), catalog.foldedTexts(), built));
            try {
                return new LuceneSearchEngine(catalog, parts, analyzers, synonyms, normalizer, embedder);
            } catch (IOException | RuntimeException e) {
                parts.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the passage index", e);
        }
    }

    /** The passages this engine searches. */
    public PassageCatalog catalog() {
        return catalog;
    }

    @Override
    public SearchResult search(String question, SearchScope scope, int topK) {
        if (topK < 1) {
            return SearchResult.unanswered(question);
        }
        String folded = normalizer.normalize(question);
        Ranked lexical = rank(folded, scope);
        if (lexical.candidates().isEmpty()) {
            return new SearchResult(question, false, List.of(), lexical.named());
        }
        DenseJudge.Verdict verdict = dense.map(judge -> judge.judge(question, lexical.candidates(), MIN_COVERAGE))
                .orElseGet(() -> new DenseJudge.Verdict(lexical.candidates(),
                        lexical.candidates().get(0).coverage() >= MIN_COVERAGE));
        verdict = requireSlogans(NumberedSlogans.in(folded), verdict);
        verdict = requireDayTime(DayTimeWords.in(folded), verdict);
        List<Hit> hits = new ArrayList<>();
        for (Scored scored : verdict.ranked().subList(0, Math.min(topK, verdict.ranked().size()))) {
            Passage passage = catalog.passage(scored.number());
            hits.add(new Hit(passage, catalog.fullTitle(passage.docId()), scored.score(),
                    highlighter.highlights(passage.text(), catalog.folded(scored.number()), lexical.terms())));
        }
        return new SearchResult(question, verdict.answered(), hits, lexical.named());
    }

    /**
     * Puts the passages that name every numbered slogan of the question first (keeping their order); when none
     * does, the documents do not answer the question.
     */
    private DenseJudge.Verdict requireSlogans(List<String> slogans, DenseJudge.Verdict verdict) {
        if (slogans.isEmpty()) {
            return verdict;
        }
        List<Scored> naming = new ArrayList<>();
        List<Scored> others = new ArrayList<>();
        for (Scored scored : verdict.ranked()) {
            (NumberedSlogans.allIn(slogans, catalog.folded(scored.number())) ? naming : others).add(scored);
        }
        boolean named = !naming.isEmpty();
        naming.addAll(others);
        return new DenseJudge.Verdict(naming, verdict.answered() && named);
    }

    /** A question anchored to a day (明天, 这周末) is answered only when the best passage says the same. */
    private DenseJudge.Verdict requireDayTime(List<String> dayWords, DenseJudge.Verdict verdict) {
        if (dayWords.isEmpty() || !verdict.answered()) {
            return verdict;
        }
        String best = catalog.folded(verdict.ranked().get(0).number());
        return new DenseJudge.Verdict(verdict.ranked(), dayWords.stream().allMatch(best::contains));
    }

    /**
     * The question's terms, every candidate, best first (empty when there is nothing to search for), and the
     * documents it names unmistakably.
     */
    record Ranked(QueryTerms terms, List<Scored> candidates, SearchResult.NamedDocuments named) {
    }

    /** All candidates of a question already folded by {@link ChineseNormalizer}, re-scored and sorted, best first. */
    Ranked rank(String folded, SearchScope scope) {
        DocumentMentions.Mention mention = mentions.find(folded);
        List<String> named = mention.documents().stream().filter(scope::includes).toList();
        // "十五大报告对互联网…" asks that report only: another document's answer would answer something else.
        boolean onlyNamed = mention.explicit() && !named.isEmpty();
        SearchResult.NamedDocuments naming = naming(mention, named);
        if (naming.outOfScope()) {
            return new Ranked(new QueryTerms(List.of(), List.of(), List.of()), List.of(), naming);
        }
        Collection<String> searched = onlyNamed ? named : scope.isAll() ? null : scope.documentIds();
        // A joined bigram (个税) is a word if any document uses it, and then counts even where the searched ones
        // lack it; synonyms and everyday words stand in for a word only where the searched documents lack it: with
        // the report scoped out of a library, a word only another document uses does not count as the report's.
        QueryTerms terms = QueryTerms.of(mention.restQuestion(), analyzers)
                .withJoined(gram -> holds(StudyAnalyzers.GRAMS, gram, null));
        Query inSearched = searched == null ? null : inDocuments(searched);
        terms = terms.withSynonyms(synonyms, word -> holds(StudyAnalyzers.WORDS, word, inSearched),
                mention.restQuestion());
        if (terms.isEmpty()) {
            return new Ranked(terms, List.of(), naming.titles().isEmpty() ? naming : naming.withNothingElse());
        }
        try {
            Map<Integer, Float> candidates = new LinkedHashMap<>();
            collect(query(terms, searched), candidates);
            if (!onlyNamed && !named.isEmpty()) {
                collect(query(terms, named), candidates);
            }
            if (candidates.isEmpty()) {
                return new Ranked(terms, List.of(), naming);
            }
            return new Ranked(terms, rerank(terms, mention.restQuestion(), candidates, Set.copyOf(named)), naming);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * The documents a question names unmistakably, by title: those in scope, which alone are searched; else all it
     * names, out of scope (the chat does not read them: saying so beats answering from others). The present (今年)
     * in a chat that reads only older documents means those, and names nothing.
     */
    private SearchResult.NamedDocuments naming(DocumentMentions.Mention mention, List<String> inScope) {
        if (!mention.explicit()) {
            return SearchResult.NamedDocuments.NONE;
        }
        if (!inScope.isEmpty()) {
            return new SearchResult.NamedDocuments(inScope.stream().map(catalog::title).toList(), false, false);
        }
        return mention.present() ? SearchResult.NamedDocuments.NONE
                : new SearchResult.NamedDocuments(mention.documents().stream().map(catalog::title).toList(), true, false);
    }

    /** A candidate with its score and its lexical coverage of the question. */
    record Scored(int number, double score, double coverage) {
    }

    /** Highest score first, then document order. */
    static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingInt(Scored::number);

    private void collect(Query query, Map<Integer, Float> candidates) throws IOException {
        for (ScoreDoc scoreDoc : searcher.search(query, CANDIDATES).scoreDocs) {
            // The indexer keeps Lucene's document numbers equal to the catalog's passage numbers.
            candidates.merge(scoreDoc.doc, scoreDoc.score, Math::max);
        }
    }

    private List<Scored> rerank(QueryTerms terms, String restQuestion, Map<Integer, Float> candidates,
                                Set<String> named) throws IOException {
        double best = candidates.values().stream().mapToDouble(Float::doubleValue).max().orElse(1);
        String content = String.join("", terms.words());
        String subject = PassageScorer.definitionSubject(restQuestion);
        boolean asksQuantity = PassageScorer.asksQuantity(restQuestion);
        Map<String, Double> idf = new HashMap<>();
        Map<String, List<String>> alternatives = new HashMap<>();
        for (String gram : terms.grams()) {
            idf.put(gram, idf(gram));
            alternatives.put(gram, terms.alternatives(gram).stream().distinct().toList());
        }
        List<Scored> withoutPhrase = new ArrayList<>();
        for (Map.Entry<Integer, Float> candidate : candidates.entrySet()) {
            Passage passage = catalog.passage(candidate.getKey());
            String text = catalog.folded(candidate.getKey());
            double coverage = PassageScorer.coverage(terms, text, idf::get, alternatives::get);
            double score = scorer.score(candidate.getValue() / best, coverage, 0,
                    subject != null && PassageScorer.defines(text, subject), named.contains(passage.docId()),
                    PassageScorer.heading(passage.text()), asksQuantity && PassageScorer.statesQuantity(text));
            withoutPhrase.add(new Scored(candidate.getKey(), score, coverage));
        }
        withoutPhrase.sort(BEST_FIRST);
        // The verbatim stretch is the costliest feature (up to twice the question's length of scans of the passage)
        // and adds at most its weight: it is computed only for candidates that can still reach the first EXACT_TOP.
        PriorityQueue<Double> topScores = new PriorityQueue<>();
        List<Scored> scored = new ArrayList<>();
        for (Scored candidate : withoutPhrase) {
            double score = candidate.score();
            if (topScores.size() < EXACT_TOP || score + scorer.phraseWeight() > topScores.peek()) {
                score += scorer.phraseWeight() * PassageScorer.phrase(content, catalog.folded(candidate.number()));
            }
            scored.add(new Scored(candidate.number(), score, candidate.coverage()));
            topScores.add(score);
            if (topScores.size() > EXACT_TOP) {
                topScores.poll();
            }
        }
        scored.sort(BEST_FIRST);
        return scored;
    }

    /** Whether some passage matching the filter (every passage when null) holds the term in this field. */
    private boolean holds(String field, String term, Query filter) {
        Term wanted = new Term(field, term);
        try {
            if (reader.docFreq(wanted) == 0) {
                return false;
            }
            if (filter == null) {
                return true;
            }
            Query within = new BooleanQuery.Builder()
                    .add(new TermQuery(wanted), BooleanClause.Occur.FILTER)
                    .add(filter, BooleanClause.Occur.FILTER)
                    .build();
            return searcher.count(within) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** BM25's idf of a gram in the whole index; a gram no passage holds weighs the most. */
    private double idf(String gram) throws IOException {
        int n = reader.numDocs();
        int df = reader.docFreq(new Term(StudyAnalyzers.GRAMS, gram));
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static Query query(QueryTerms terms, Collection<String> documents) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String word : terms.words()) {
            builder.add(new BoostQuery(new TermQuery(new Term(StudyAnalyzers.WORDS, word)), WORD_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        for (String gram : terms.grams()) {
            builder.add(new BoostQuery(new TermQuery(new Term(StudyAnalyzers.GRAMS, gram)), GRAM_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        for (String synonym : terms.allSynonyms()) {
            builder.add(new BoostQuery(new TermQuery(new Term(StudyAnalyzers.WORDS, synonym)), SYNONYM_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        builder.setMinimumNumberShouldMatch(1);
        if (documents != null) {
            builder.add(inDocuments(documents), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /** The passages of these documents. */
    private static Query inDocuments(Collection<String> documents) {
        return new TermInSetQuery(PassageIndexer.DOC, documents.stream().map(BytesRef::new).toList());
    }

    @Override
    public void close() throws IOException {
        reader.close();
        parts.close();
    }
}
