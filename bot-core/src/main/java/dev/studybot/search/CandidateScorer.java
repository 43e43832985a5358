package dev.studybot.search;

import dev.studybot.document.Passage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Re-scores the pool's candidates with every feature ({@link PassageFeatures}) and sorts them, best first. */
final class CandidateScorer {

    /** How many of the first candidates are ranked with every feature; the rest may miss the costliest one. */
    private static final int EXACT_TOP = 10;

    /**
     * How many years older a document is when its recency halves: one, so that last year's report (the one a
     * question most often confuses with this year's) gains half of what this year's does, where a scale from the
     * oldest document to the newest left them a hundredth apart (docs/evaluation.md).
     */
    static final double RECENCY_HALF_LIFE_YEARS = 1.0;

    private final PassageCatalog catalog;
    private final Map<String, Integer> years;
    private final PassageScorer scorer = new PassageScorer(PassageScorer.Weights.DEFAULT);

    CandidateScorer(PassageCatalog catalog) {
        this.catalog = catalog;
        this.years = DocumentYears.of(catalog);
    }

    /** Every candidate of the pool, scored (words weighed by their rarity in the index searched), best first. */
    List<Scored> rank(SearchQuestion question, PassageIndex searched, CandidatePool pool) {
        IndexStatistics index = searched.statistics();
        QueryTerms terms = question.terms();
        double bestBm25 = pool.bestBm25();
        String content = String.join("", terms.words());
        String subject = PassageScorer.definitionSubject(question.rest());
        boolean asksQuantity = PassageScorer.asksQuantity(question.rest());
        Map<String, Double> idf = new HashMap<>();
        Map<String, List<String>> alternatives = new HashMap<>();
        for (String gram : terms.grams()) {
            idf.put(gram, index.idf(gram));
            alternatives.put(gram, terms.alternatives(gram).stream().distinct().toList());
        }
        Map<String, Double> recency = recency(question);
        List<Candidate> withoutPhrase = new ArrayList<>();
        for (int number : pool.numbers()) {
            Passage passage = catalog.passage(number);
            String text = catalog.folded(number);
            PassageFeatures features = new PassageFeatures(pool.bm25(number) / bestBm25,
                    PassageScorer.coverage(terms, text, idf::get, alternatives::get), 0,
                    subject != null && PassageScorer.defines(text, subject),
                    // A document's subtitle carries its slogans: it is searched as content, not passed over as a heading.
                    question.named().contains(passage.docId()),
                    !passage.isHeadline() && PassageScorer.heading(passage.text()),
                    asksQuantity && PassageScorer.statesQuantity(text), pool.cosine(number),
                    recency.getOrDefault(passage.docId(), 0.0));
            withoutPhrase.add(new Candidate(number, features, scorer.score(features)));
        }
        withoutPhrase.sort(Candidate.BEST_FIRST);
        // The verbatim stretch is the costliest feature (up to twice the question's length of scans of the passage)
        // and adds at most its weight: it is computed only for candidates that can still reach the first EXACT_TOP.
        PriorityQueue<Double> topScores = new PriorityQueue<>();
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : withoutPhrase) {
            PassageFeatures features = candidate.features();
            double score = candidate.score();
            if (topScores.size() < EXACT_TOP || score + scorer.phraseWeight() > topScores.peek()) {
                features = features.withPhrase(PassageScorer.phrase(content, catalog.folded(candidate.number())));
                score = scorer.score(features);
            }
            scored.add(new Scored(candidate.number(), score, features.coverage(), features.cosine()));
            topScores.add(score);
            if (topScores.size() > EXACT_TOP) {
                topScores.poll();
            }
        }
        scored.sort(Scored.BEST_FIRST);
        return scored;
    }

    /**
     * How recent each searched document is, 1 for the newest, halving every {@value #RECENCY_HALF_LIFE_YEARS} years
     * before it, for a question that names none:
     * policies are asked about as they stand now. A question that names a document, a year ("2024年的赤字率"), a
     * congress or a people's congress session is anchored in its own time ({@link #anchoredInTime}).
     */
    private Map<String, Double> recency(SearchQuestion question) {
        if (question.onlyNamed() || !question.named().isEmpty() || anchoredInTime(question.folded())) {
            return Map.of();
        }
        Map<String, Integer> searched = new HashMap<>();
        years.forEach((id, year) -> {
            if (question.searched().includes(id)) {
                searched.put(id, year);
            }
        });
        return recencyOf(searched);
    }

    /**
     * Whether a folded question names a time of its own: a year (2020年, also when no document is of that year), a
     * national congress (第十五次全国代表大会) or a session of a people's congress, as {@link DocumentYears} dates a
     * document. The newest document is then no likelier to answer it than any other.
     */
    static boolean anchoredInTime(String foldedQuestion) {
        return DocumentYears.year("", foldedQuestion).isPresent();
    }

    /** The recency of documents of these years (by id): nothing when they are all of one year. */
    static Map<String, Double> recencyOf(Map<String, Integer> years) {
        int oldest = years.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int newest = years.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest == oldest) {
            return Map.of();
        }
        Map<String, Double> recency = new HashMap<>();
        years.forEach((id, year) -> recency.put(id, Math.pow(0.5, (newest - year) / RECENCY_HALF_LIFE_YEARS)));
        return recency;
    }

    /** A candidate before the verbatim stretch is known. */
    private record Candidate(int number, PassageFeatures features, double score) {
        static final java.util.Comparator<Candidate> BEST_FIRST =
                java.util.Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::number);
    }
}
