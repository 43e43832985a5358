package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Points: 10 for a right answer and up to 5 more the faster; half (rounded up) after a hint; none for a wrong one. */
class ScoringTest {

    private static final Duration OPEN = Duration.ofSeconds(30);

    @Test
    void aRightAnswerEarnsTenAndUpToFiveMoreTheFasterItCame() {
        assertEquals(15, Scoring.points(true, false, OPEN, OPEN));
        assertEquals(13, Scoring.points(true, false, Duration.ofSeconds(15), OPEN));
        assertEquals(10, Scoring.points(true, false, Duration.ZERO, OPEN));
    }

    @Test
    void aRightAnswerAfterAHintEarnsHalfRoundedUp() {
        assertEquals(8, Scoring.points(true, true, OPEN, OPEN));
        assertEquals(7, Scoring.points(true, true, Duration.ofSeconds(15), OPEN));
        assertEquals(5, Scoring.points(true, true, Duration.ZERO, OPEN));
    }

    @Test
    void aWrongAnswerEarnsNothingWithOrWithoutAHint() {
        assertEquals(0, Scoring.points(false, false, OPEN, OPEN));
        assertEquals(0, Scoring.points(false, true, OPEN, OPEN));
    }
}
