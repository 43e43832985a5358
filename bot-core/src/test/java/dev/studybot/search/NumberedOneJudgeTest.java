package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which numbered one of a series is answered only by a passage that numbers the series. */
class NumberedOneJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    要将贯彻落实情况作为巡视巡察监督重点，进一步强化跟踪问效。

                    做好第一批主题教育最后一个多月的工作。

                    总书记这次来川是一年多时间第二次到四川视察指导。

                    总书记多次亲临四川视察指导。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new NumberedOneJudge(CATALOG), CATALOG);

    @Test
    void aPassageNumberingTheSeriesAnswers() {
        assertTrue(PROBE.answers("这是第几批主题教育？", "做好第一批"));
        Verdict moved = PROBE.rank("总书记这是第几次来四川了？", true, "总书记多次", "总书记这次来川");
        assertTrue(moved.answered());
        assertTrue(PROBE.firstText(moved).startsWith("总书记这次来川"), "多次 numbers no visit");
    }

    @Test
    void noPassageNumberingTheSeriesAnswersNothing() {
        assertFalse(PROBE.answers("哪一轮巡视会专门检查这项工作落实？", "要将贯彻落实"), "巡视巡察 names no round");
        assertFalse(PROBE.rank("是第几批主题教育？", true, "要将贯彻落实", "总书记这次来川").answered(),
                "第二次 numbers visits, not 批");
        assertFalse(PROBE.rank("这是第几批主题教育？", false, "做好第一批").answered(), "an abstention stands");
        assertTrue(PROBE.answers("巡视巡察监督重点是什么？", "要将贯彻落实"), "asks no numbered one");
    }
}
