package dev.studybot.search;

import dev.studybot.collect.BoundedMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the documents answer, with the embedding model's second opinion beside the words.
 *
 * <p>When every passage of the searched documents was compared with the question ({@link DenseCandidates}), the
 * first passage's similarity is known and decides when the words leave doubt (it covers less than
 * {@value #DOUBTFUL_COVERAGE} of the question): never below {@value #FLOOR}, always from {@value #RESCUE} up, and in
 * between when the lexical coverage is enough.
 *
 * <p>Otherwise (a large scope, such as the whole library) the model is asked only about doubtful questions: it
 * re-orders the first {@value #DEPTH} passages by lexical score plus {@value #WEIGHT} times their cosine similarity
 * to the question, and the same thresholds decide on the passage that then comes first. Passage vectors are
 * computed when first needed and kept in a bounded cache, so a whole library is never embedded. (History of the
 * calibration: docs/evaluation.md.)
 */
final class DenseJudge implements Judge {

    /** Below this lexical coverage of the best passage the words leave doubt. */
    static final double DOUBTFUL_COVERAGE = 0.6;
    /** How many of the first passages are re-ordered and looked at, when their similarities are not known. */
    static final int DEPTH = 3;
    /** Weight of the cosine similarity beside the lexical score in that re-ordering (a plateau from 1.5 to 3). */
    static final double WEIGHT = 2.0;
    /** Below this similarity the question is not about the documents, whatever the words say. */
    static final double FLOOR = 0.45;
    /** From this similarity on the documents answer, even when the question's words are not theirs. */
    static final double RESCUE = 0.55;
    /**
     * The least lexical coverage of a passage that similarity may rescue when every passage was compared: on our
     * tuning sets it turned one more off-topic question into an abstention and cost no answer (docs/evaluation.md).
     */
    static final double MIN_ANCHOR = 0.05;

    private static final Logger LOG = LoggerFactory.getLogger(DenseJudge.class);

    private final PassageEmbedder embedder;
    private final PassageCatalog catalog;
    private final Map<Integer, float[]> passageVectors;

    /**
     * @param cacheSize how many passage vectors to keep (least recently used go first)
     */
    DenseJudge(PassageEmbedder embedder, PassageCatalog catalog, int cacheSize) {
        this.embedder = embedder;
        this.catalog = catalog;
        this.passageVectors = BoundedMaps.sharedLeastRecentlyUsed(cacheSize);
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        List<Scored> ranked = verdict.ranked();
        boolean lexicalAnswer = ranked.get(0).coverage() >= CoverageJudge.MIN_COVERAGE;
        Scored first = ranked.get(0);
        if (first.cosine().isPresent()) {
            // Every passage was compared: the closest of hundreds is close by chance more often than the closest of
            // three, so similarity alone rescues only a passage that shares at least a little of the wording.
            boolean anchored = first.coverage() >= MIN_ANCHOR;
            if (!anchored && doubtful(ranked)) {
                return anchoredInstead(verdict);
            }
            return new Verdict(ranked, !doubtful(ranked)
                    || (anchored && answers(first.cosine().getAsDouble(), lexicalAnswer)));
        }
        if (!doubtful(ranked)) {
            return new Verdict(ranked, lexicalAnswer);
        }
        try {
            float[] q = embedder.embed(question.asked());
            int depth = Math.min(DEPTH, ranked.size());
            List<Scored> head = new ArrayList<>();
            for (Scored scored : ranked.subList(0, depth)) {
                double cosine = PassageEmbedder.similarity(q, vector(scored.number()));
                head.add(scored.rescored(scored.score() + WEIGHT * cosine, cosine));
            }
            head.sort(Scored.BEST_FIRST);
            List<Scored> all = new ArrayList<>(head);
            all.addAll(ranked.subList(depth, ranked.size()));
            // Judged on the passage that is shown first: another one's similarity says nothing about it.
            return new Verdict(all, answers(head.get(0).cosine().getAsDouble(), lexicalAnswer));
        } catch (RuntimeException e) {
            // The words alone still give a sensible answer: a broken model must not break search.
            LOG.warn("dense similarity failed, answering on words alone: {}", e.toString());
            return new Verdict(ranked, lexicalAnswer);
        }
    }

    /**
     * When the first passage shares nothing of the question's wording, one of the next {@value #DEPTH} that shares
     * some, is at least as close in meaning and would be accepted on its own is shown first: "总书记参观古蜀遗址时最关心
     * 的是什么" is answered by the sentence on 三星堆 that names 总书记, not by a closer-scored one that names neither.
     */
    private static Verdict anchoredInstead(Verdict verdict) {
        List<Scored> ranked = verdict.ranked();
        double firstCosine = ranked.get(0).cosine().getAsDouble();
        for (int i = 1; i < Math.min(DEPTH, ranked.size()); i++) {
            Scored next = ranked.get(i);
            if (next.cosine().isPresent() && next.cosine().getAsDouble() >= firstCosine && accepts(next)) {
                return verdict.answeredBy(i);
            }
        }
        return verdict.abstaining();
    }

    /**
     * Whether a passage would answer the question if it were shown first, as this judge decides it: enough of the
     * question's words, or, when its similarity to the question is known, enough similarity and a little wording.
     */
    static boolean accepts(Scored scored) {
        boolean lexicalAnswer = CoverageJudge.accepts(scored);
        if (scored.coverage() >= DOUBTFUL_COVERAGE) {
            return true;
        }
        return scored.cosine().isPresent() && scored.coverage() >= MIN_ANCHOR
                && answers(scored.cosine().getAsDouble(), lexicalAnswer);
    }

    /**
     * Whether the model found a passage close enough in meaning ({@value #FLOOR}) and it shares a little of the
     * question's wording ({@value #MIN_ANCHOR}): enough for a judge that has other evidence of the answer (a list of
     * the kind asked, a person named doing the act asked) to show it.
     */
    static boolean nearEnough(Scored scored) {
        return scored.cosine().isPresent() && scored.cosine().getAsDouble() >= FLOOR && scored.coverage() >= MIN_ANCHOR;
    }

    /**
     * Whether the model found a passage close enough in meaning to answer on its own ({@value #RESCUE}), whatever its
     * wording: for a judge whose evidence stands for the wording the similarity otherwise needs beside it.
     */
    static boolean closeInMeaning(Scored scored) {
        return scored.cosine().isPresent() && scored.cosine().getAsDouble() >= RESCUE;
    }

    /** Whether a doubtful question is answered by the passage shown first, given its similarity. */
    private static boolean answers(double similarity, boolean lexicalAnswer) {
        return similarity >= RESCUE || (similarity >= FLOOR && lexicalAnswer);
    }

    /** Whether the words leave doubt: the best passage covers little of the question. */
    static boolean doubtful(List<Scored> ranked) {
        return ranked.get(0).coverage() < DOUBTFUL_COVERAGE;
    }

    private float[] vector(int number) {
        float[] cached = passageVectors.get(number);
        if (cached != null) {
            return cached;
        }
        float[] computed = embedder.embed(catalog.passage(number).text());
        passageVectors.put(number, computed);
        return computed;
    }
}
