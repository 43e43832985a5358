package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stamp an index on disk carries of the code that made its terms. */
class CodeStampTest {

    @Test
    void theSameCodeGivesTheSameStamp() {
        assertEquals(CodeStamp.indexing(), CodeStamp.indexing());
        assertTrue(CodeStamp.indexing().matches("[0-9a-f]{8}"), CodeStamp.indexing());
    }

    @Test
    void otherCodeGivesAnotherStamp() {
        assertNotEquals(CodeStamp.of(List.of(ChineseNormalizer.class)), CodeStamp.of(List.of(StudyAnalyzers.class)));
        assertNotEquals(CodeStamp.of(List.of(ChineseNormalizer.class, StudyAnalyzers.class)),
                CodeStamp.of(List.of(StudyAnalyzers.class, ChineseNormalizer.class)), "the order is part of it");
    }
}
