package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How two things are held together is answered by a passage that states a pair of efforts and shares a word. */
class BalanceJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    要深刻领会把握总书记关于主题教育的重要要求，确保取得实实在在成效。

                    坚持一手抓科技创新，一手抓科技成果转化，加快打造科技创新中心。

                    要统筹发展和安全，树牢底线思维。

                    要及时组织党员干部开展学习研讨。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new BalanceJudge(CATALOG), CATALOG);

    @Test
    void thePassageStatingThePairAnswers() {
        Verdict verdict = PROBE.rank("搞研发和把成果用起来，两头怎么兼顾？", List.of("搞", "研发", "成果", "两头", "兼顾"),
                false, "要深刻领会", "坚持一手抓", "要及时组织");
        assertTrue(verdict.answered());
        assertTrue(PROBE.firstText(verdict).startsWith("坚持一手抓"));
        Verdict coordinated = PROBE.rank("发展和安全这两者怎么兼顾？", List.of("发展", "安全", "两者", "兼顾"), false,
                "要及时组织", "要统筹发展");
        assertTrue(PROBE.firstText(coordinated).startsWith("要统筹发展"), "统筹…和…");
    }

    @Test
    void aPairSharingNoWordOrNoPairOrNoBalanceAskedIsLeftAlone() {
        assertFalse(PROBE.rank("城乡两头怎么兼顾？", List.of("城乡", "两头", "兼顾"), false, "坚持一手抓").answered(),
                "no word of the question in the passage");
        assertFalse(PROBE.rank("学习两头怎么兼顾？", List.of("学习", "两头", "兼顾"), false, "要及时组织").answered(),
                "no pair stated");
        Verdict notAsked = PROBE.rank("科技成果转化要怎么做？", List.of("科技", "成果", "转化"), false, "要及时组织",
                "坚持一手抓");
        assertFalse(notAsked.answered());
        assertTrue(PROBE.firstText(notAsked).startsWith("要及时组织"), "asks no balance");
        Verdict deep = PROBE.rank("成果两头怎么兼顾？", List.of("成果", "两头", "兼顾"), false, "要深刻领会", "要统筹发展",
                "要及时组织", "坚持一手抓");
        assertFalse(deep.answered(), "only the leading three are read");
    }
}
