package dev.studybot.search;

import java.util.OptionalDouble;

/**
 * What the re-scoring knows of one candidate passage for one question ({@link PassageScorer} weighs it).
 *
 * @param relativeBm25     its BM25 score over the best candidate's (0 when the words did not find it)
 * @param coverage         idf-weighted share of the question's bigrams it holds ({@link PassageScorer#coverage})
 * @param phrase           the longest stretch of the question it repeats, over the question's content
 * @param definesSubject   it defines the subject of a "X是什么" question ("X是…")
 * @param namedDocument    its document is named in the question
 * @param heading          it is a heading or a title, not a sentence
 * @param statesQuantity   the question asks for a quantity and it states one
 * @param cosine           its cosine similarity to the question, when the vectors of the searched documents are known
 * @param recency          how recent its document is among the searched ones, from 0 (the oldest) to 1 (the newest);
 *                         0 when the question names its documents or they are not dated
 */
record PassageFeatures(double relativeBm25, double coverage, double phrase, boolean definesSubject,
                       boolean namedDocument, boolean heading, boolean statesQuantity, OptionalDouble cosine,
                       double recency) {

    /** The same features with the verbatim stretch, which is computed last and only where it can matter. */
    PassageFeatures withPhrase(double value) {
        return new PassageFeatures(relativeBm25, coverage, value, definesSubject, namedDocument, heading,
                statesQuantity, cosine, recency);
    }
}
