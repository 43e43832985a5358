package dev.studybot.search.eval;

/** Something that ranks passages for a question: the system or a baseline. */
public interface Ranker {

    /** A short name for reports. */
    String name();

    /** The best passages for the question, best first, at most {@code k}. */
    Ranking rank(String question, int k);

    /**
     * A ranking.
     *
     * @param answered whether the ranker claims an answer (a baseline always does when it found anything)
     * @param texts    the passages' texts, best first
     */
    record Ranking(boolean answered, java.util.List<String> texts) {
        public Ranking {
            texts = java.util.List.copyOf(texts);
        }
    }
}
