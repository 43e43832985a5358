package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese numerals read and written, and the near values wrong options are made of. */
class NumeralsTest {

    @Test
    void readsAndWritesOneToNinetyNine() {
        for (int i = 1; i < 100; i++) {
            assertEquals(i, Numerals.parse(Numerals.write(i, false)).orElseThrow(), Numerals.write(i, false));
        }
        assertEquals("十二", Numerals.write(12, false));
        assertEquals("二十", Numerals.write(20, false));
        assertEquals("两", Numerals.write(2, true));
        assertEquals(2, Numerals.parse("两").orElseThrow());
        assertTrue(Numerals.parse("百").isEmpty());
        assertTrue(Numerals.parse("").isEmpty());
    }

    @Test
    void nearValuesAreNearestFirstAndNeverBelowTheMinimum() {
        assertEquals(List.of(1, 3, 4), Numerals.near(2, 1, 3));
        assertEquals(List.of(2, 3, 4), Numerals.near(1, 1, 3));
        assertEquals(List.of(28, 30, 27, 31), Numerals.near(29, 1, 4));
    }
}
