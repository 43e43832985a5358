package dev.studybot.search;

/**
 * Turns a text into a dense vector of unit length, so that the dot product of two vectors is their cosine
 * similarity. The search engine uses it as a second signal beside the words: to re-order its first few passages
 * and to decide whether the documents answer a question at all (see {@link DenseJudge}).
 *
 * <p>Implementations must be safe to call from several threads.
 */
public interface PassageEmbedder {

    /** The unit-length vector of a text (a question or a passage). */
    float[] embed(String text);

    /** Names the model: stored vectors of another model are computed again. */
    default String model() {
        return getClass().getName();
    }

    /** The cosine similarity of two unit-length vectors of the same embedder. */
    static double similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
