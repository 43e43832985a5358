package dev.studybot.search;

import java.util.Comparator;
import java.util.OptionalDouble;

/**
 * A candidate passage with its final score, its lexical coverage of the question and, when known, its cosine
 * similarity to it.
 *
 * @param number   the passage's number in the {@link PassageCatalog}
 * @param score    the ranking score (higher is better; comparable within one search)
 * @param coverage see {@link PassageScorer#coverage}
 * @param cosine   its similarity to the question, when the vectors of the searched documents are known
 */
record Scored(int number, double score, double coverage, OptionalDouble cosine) {

    /** Highest score first, then document order. */
    static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingInt(Scored::number);

    /** A candidate whose similarity is not known. */
    Scored(int number, double score, double coverage) {
        this(number, score, coverage, OptionalDouble.empty());
    }

    /** The same candidate with another score and a known similarity. */
    Scored rescored(double newScore, double similarity) {
        return new Scored(number, newScore, coverage, OptionalDouble.of(similarity));
    }
}
