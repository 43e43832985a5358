package dev.studybot.quiz;

import java.time.Duration;

/**
 * Points for an answer: {@value #RIGHT} for a right one, plus up to {@value #MAX_BONUS} the faster it came; half of
 * that (rounded up) when the member had a hint on the question first.
 */
public final class Scoring {

    /** Points for a right answer. */
    public static final int RIGHT = 10;
    /** The most a fast answer adds. */
    public static final int MAX_BONUS = 5;

    private Scoring() {
    }

    /**
     * The points of an answer given with {@code remaining} of {@code openFor} left.
     *
     * @param hinted whether the member had a hint on the question before answering
     */
    public static int points(boolean right, boolean hinted, Duration remaining, Duration openFor) {
        if (!right) {
            return 0;
        }
        double left = Math.max(0, Math.min(1, (double) remaining.toMillis() / Math.max(1, openFor.toMillis())));
        int points = RIGHT + (int) Math.round(MAX_BONUS * left);
        return hinted ? (points + 1) / 2 : points;
    }
}
