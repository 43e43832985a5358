package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How recent a document counts for a question that names none. */
class CandidateScorerTest {

    @Test
    void recencyHalvesEveryYearBeforeTheNewest() {
        Map<String, Double> recency = CandidateScorer.recencyOf(Map.of("gov-2025", 2025, "gov-2024", 2024,
                "gov-2023", 2023, "npc-1954", 1954));
        assertEquals(1.0, recency.get("gov-2025"), 1e-9);
        assertEquals(0.5, recency.get("gov-2024"), 1e-9, "last year's report is clearly behind this year's");
        assertEquals(0.25, recency.get("gov-2023"), 1e-9);
        assertTrue(recency.get("npc-1954") < 1e-9);
    }

    @Test
    void documentsOfOneYearHaveNoRecency() {
        assertEquals(Map.of(), CandidateScorer.recencyOf(Map.of("a", 2023, "b", 2023)));
        assertEquals(Map.of(), CandidateScorer.recencyOf(Map.of()));
    }

    @Test
    void aQuestionNamingAYearOrACongressIsAnchoredInItsOwnTime() {
        assertTrue(CandidateScorer.anchoredInTime("2020年脱贫攻坚取得了什么成就"), "no report of 2020 is needed");
        assertTrue(CandidateScorer.anchoredInTime("第十五次全国代表大会提出了什么目标"));
        assertFalse(CandidateScorer.anchoredInTime("今年赤字率拟按多少安排"), "今年 means the newest document");
        assertFalse(CandidateScorer.anchoredInTime("就业是什么"));
    }
}
