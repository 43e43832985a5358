package dev.studybot.search;

/**
 * Answers on words alone when no model is at hand: the first passage must hold enough of the question's rarer
 * wording ({@value #MIN_COVERAGE} of its idf-weighted bigrams).
 */
final class CoverageJudge implements Judge {

    /**
     * Share (idf-weighted) of the question's bigrams the best passage must contain to count as an answer;
     * calibrated on our question sets: off-topic questions reached 0.38, answerable ones sat mostly above 0.45.
     */
    static final double MIN_COVERAGE = 0.4;

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        return new Verdict(verdict.ranked(), accepts(verdict.first()));
    }

    /** Whether a passage holds enough of the question's wording to answer it if it were shown first. */
    static boolean accepts(Scored scored) {
        return scored.coverage() >= MIN_COVERAGE;
    }
}
