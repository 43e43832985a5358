package dev.studybot.quiz;

import java.time.Duration;

/** Points for an answer: {@value #RIGHT} for a right one, plus up to {@value #MAX_BONUS} the faster it came. */
public final class Scoring {

    /** Points for a right answer. */
    public static final int RIGHT = 10;
    /** The most a fast answer adds. */
    public static final int MAX_BONUS = 5;

    private Scoring() {
    }

    /** The points of an answer given with {@code remaining} of {@code openFor} left. */
    public static int points(boolean right, Duration remaining, Duration openFor) {
        if (!right) {
            return 0;
        }
        double left = Math.max(0, Math.min(1, (double) remaining.toMillis() / Math.max(1, openFor.toMillis())));
        return RIGHT + (int) Math.round(MAX_BONUS * left);
    }
}
