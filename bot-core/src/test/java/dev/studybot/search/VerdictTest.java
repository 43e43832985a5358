package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A verdict moves the passage that answers to the front, looking only as deep as it is told. */
class VerdictTest {

    private static final Verdict REFUSED = new Verdict(
            List.of(new Scored(7, 5.0, 0.5), new Scored(3, 4.0, 0.5), new Scored(9, 3.0, 0.5)), false);

    @Test
    void theFirstPassingPassageWithinTheDepthAnswers() {
        Verdict moved = REFUSED.answeredByFirstOf(2, number -> number == 3);
        assertTrue(moved.answered());
        assertEquals(List.of(3, 7, 9), moved.ranked().stream().map(Scored::number).toList());
    }

    @Test
    void nonePassingWithinTheDepthLeavesTheVerdict() {
        assertSame(REFUSED, REFUSED.answeredByFirstOf(2, number -> number == 9), "9 is third, past the depth");
        assertFalse(REFUSED.answeredByFirst(number -> number == 4).answered());
        assertTrue(REFUSED.answeredByFirst(number -> number == 9).answered(), "no depth: every ranked passage");
    }
}
