package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the units below are to do is answered by the passage addressed to them, when it would be accepted. */
class AddresseeJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    要深刻领会把握总书记关于主题教育的重要要求，确保在以学铸魂、以学增智上取得实效。

                    各地各部门要切实加强组织领导，及时组织党员干部开展学习研讨。

                    全省各级党组织和广大党员干部要站在政治和全局的高度。

                    要加强督促检查，进一步强化跟踪问效。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new AddresseeJudge(CATALOG, scored -> true), CATALOG);

    @Test
    void thePassageAddressedToTheUnitsAnswers() {
        for (String asked : List.of("会开完了，下面各单位咋学？", "各部门接下来要干啥？")) {
            Verdict verdict = PROBE.rank(asked, false, "要深刻领会", "各地各部门要", "要加强督促");
            assertTrue(verdict.answered(), asked);
            assertTrue(PROBE.firstText(verdict).startsWith("各地各部门要"), asked);
        }
        Verdict first = PROBE.rank("各级党组织要站在什么高度？", true, "全省各级党组织", "各地各部门要");
        assertTrue(PROBE.firstText(first).startsWith("全省各级党组织"), "the first passage is addressed to them");
    }

    @Test
    void noAddressedPassageNoUnitsAskedOrAPassageNotAcceptedLeavesTheVerdict() {
        Verdict none = PROBE.rank("下面各单位咋学？", false, "要深刻领会", "要加强督促");
        assertFalse(none.answered());
        for (String asked : List.of("接下来要干啥？", "巡视巡察组什么时候到各市州检查贯彻落实情况？", "各部门的考核结果在哪里公布？")) {
            Verdict notAsked = PROBE.rank(asked, false, "要深刻领会", "各地各部门要");
            assertTrue(PROBE.firstText(notAsked).startsWith("要深刻领会"), asked + ": no units asked what to do");
        }
        Verdict deep = PROBE.rank("下面各单位咋学？", false, "要深刻领会", "要加强督促", "全省各级党组织", "各地各部门要");
        assertTrue(PROBE.firstText(deep).startsWith("全省各级党组织"), "the first of the leading three");
        JudgeProbe doubting = new JudgeProbe(new AddresseeJudge(CATALOG, scored -> false), CATALOG);
        Verdict rejected = doubting.rank("下面各单位咋学？", false, "要深刻领会", "各地各部门要");
        assertFalse(rejected.answered());
        assertTrue(doubting.firstText(rejected).startsWith("要深刻领会"), "not accepted on its own: left where it was");
    }
}
