package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question naming a site where something was done is answered by a passage naming it, when it is accepted. */
class NamedSiteJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    四川省委召开会议

                    要深化问题研究，聚焦总书记提出的重要要求，加强对重大问题的研究思考。

                    总书记在翠云廊对保护自然遗产殷殷嘱托，在三星堆对坚定文化自信、传承中华文明念兹在兹。

                    总书记在四川考察时要求加强督促检查，进一步强化跟踪问效。

                    四川要推动成渝地区双城经济圈建设。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new NamedSiteJudge(CATALOG, DenseJudge::accepts), CATALOG);

    @Test
    void thePassageNamingTheSiteAskedAnswers() {
        Verdict verdict = PROBE.rank("在三星堆，总书记着重强调了哪方面的问题？", true, "要深化问题研究", "总书记在翠云廊");
        assertTrue(verdict.answered());
        assertTrue(PROBE.firstText(verdict).startsWith("总书记在翠云廊"), "the site named by what was done there");
        Verdict abstained = PROBE.rank("总书记在翠云廊叮嘱了什么？", false, "要深化问题研究", "总书记在翠云廊");
        assertTrue(abstained.answered(), "accepted on its own, it answers");
        assertTrue(PROBE.firstText(abstained).startsWith("总书记在翠云廊"));
    }

    @Test
    void aFirstPassageNamingTheSiteNoSiteOrTheSettingLeavesTheVerdict() {
        Verdict named = PROBE.rank("总书记在三星堆强调了什么？", true, "总书记在翠云廊", "要深化问题研究");
        assertTrue(PROBE.firstText(named).startsWith("总书记在翠云廊"));
        Verdict noPlace = PROBE.rank("会议强调了哪方面的问题？", true, "要深化问题研究", "总书记在翠云廊");
        assertTrue(PROBE.firstText(noPlace).startsWith("要深化问题研究"), "no site asked");
        Verdict setting = PROBE.rank("总书记在四川考察时要求了什么？", true, "要深化问题研究", "总书记在四川考察时");
        assertTrue(PROBE.firstText(setting).startsWith("要深化问题研究"), "四川, in the title, is the setting");
    }

    @Test
    void sitesAreNamedByWhatWasDoneThere() {
        assertEquals(List.of("翠云廊", "三星堆"),
                NamedEntities.sites("总书记在翠云廊对保护自然遗产殷殷嘱托，在三星堆对坚定文化自信念兹在兹。"));
        assertEquals(List.of(), NamedEntities.sites("在三星堆，总书记着重强调了哪方面的问题？"), "no act");
    }

    @Test
    void aPassageNotAcceptedOnItsOwnIsLeftWhereItWas() {
        JudgeProbe doubting = new JudgeProbe(new NamedSiteJudge(CATALOG, scored -> false), CATALOG);
        Verdict doubtful = doubting.rank("在三星堆，总书记着重强调了哪方面的问题？", false,
                "要深化问题研究", "总书记在翠云廊");
        assertFalse(doubtful.answered());
        assertTrue(doubting.firstText(doubtful).startsWith("要深化问题研究"));
    }
}
