package dev.studybot.search.eval;

/**
 * The figures of one ranker on one group of questions.
 *
 * @param questions  how many questions
 * @param recallAt1  share of answerable questions whose first passage answers them
 * @param recallAt3  share answered within the first three passages
 * @param mrr        mean reciprocal rank of the first answering passage (0 when none in the first ten)
 * @param abstained  how many questions got no answer
 * @param abstention share of questions that got no answer (for off-topic questions: the share done right)
 */
public record Metrics(int questions, double recallAt1, double recallAt3, double mrr, int abstained,
                      double abstention) {

    /** Accumulates per-question outcomes into {@link Metrics}. */
    static final class Tally {
        private int questions;
        private int hit1;
        private int hit3;
        private double reciprocal;
        private int abstained;

        /** One question: the 1-based rank of the first answering passage (0 for none), and whether it abstained. */
        void add(int rank, boolean abstain) {
            questions++;
            if (rank == 1) {
                hit1++;
            }
            if (rank >= 1 && rank <= 3) {
                hit3++;
            }
            if (rank >= 1) {
                reciprocal += 1.0 / rank;
            }
            if (abstain) {
                abstained++;
            }
        }

        Metrics metrics() {
            if (questions == 0) {
                return new Metrics(0, 0, 0, 0, 0, 0);
            }
            return new Metrics(questions, (double) hit1 / questions, (double) hit3 / questions,
                    reciprocal / questions, abstained, (double) abstained / questions);
        }
    }
}
