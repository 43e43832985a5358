package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a named party judged something is answered only by a passage that names that party. */
class OutsideViewJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    总书记这次来川深入广元、德阳基层一线了解情况，在三星堆对传承中华文明念兹在兹。

                    会议指出，这次视察是四川发展进程中具有里程碑意义的大事。

                    主题教育要开门抓评估、让群众评价。

                    总书记与外国元首政要举行双边会谈，多次肯定四川工作。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new OutsideViewJudge(CATALOG), CATALOG);

    @Test
    void aNamedPartysViewNeedsAPassageWhereThatPartyJudges() {
        assertFalse(PROBE.answers("德阳的基层干部对这次视察有什么评价？", "总书记这次来川"));
        assertFalse(PROBE.answers("特朗普对这份报告怎么评价？", "会议指出"));
        assertTrue(PROBE.answers("群众对主题教育怎么评价？", "主题教育要开门抓评估"));
        assertFalse(PROBE.answers("外国媒体怎么评价这次视察？", "总书记这次来川"), "the party right before 怎么评价");
        assertTrue(PROBE.answers("群众怎么评价主题教育？", "主题教育要开门抓评估"));
        assertTrue(PROBE.answers("会议如何评价这次视察？", "会议指出"), "the document's own voice");
        assertFalse(PROBE.answers("外国元首政要对四川发展是怎么评价的？", "总书记与外国元首政要"),
                "named as a counterpart of talks; 肯定 is the speaker's, in another clause");
    }

    @Test
    void theDocumentsOwnVoiceAndUnnamedJudgmentsAreLeftAlone() {
        assertTrue(PROBE.answers("如何评价这次视察？", "会议指出"), "no party named: the document's own judgment");
        assertTrue(PROBE.answers("会议对这次视察有什么评价？", "会议指出"));
        assertTrue(PROBE.answers("总书记对四川有什么评价？", "总书记这次来川"));
        assertTrue(PROBE.answers("德阳的基层干部对这次视察说了什么？", "总书记这次来川"), "asks no judgment");
    }
}
