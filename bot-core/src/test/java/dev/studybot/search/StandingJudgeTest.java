package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question on the theoretical standing of instructions is answered by the passage that states it. */
class StandingJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    要进一步从全国大局把握自身的战略地位和战略使命。

                    这次的重要指示是新时代中国特色社会主义思想“四川篇”的最新发展。

                    要及时组织党员干部开展学习研讨。

                    这次视察是四川改革发展进程中具有里程碑意义的大事。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new StandingJudge(CATALOG), CATALOG);

    @Test
    void thePassageStatingTheStandingAnswers() {
        for (String asked : List.of("这次的指示在理论上处于什么样的地位？", "这次的讲话在总书记思想体系里算什么地位？",
                "这些重要指示在理论上怎么定位？", "省委怎样界定这次讲话在思想体系中的位置？")) {
            Verdict verdict = PROBE.rank(asked, false, "要进一步从全国大局", "这次的重要指示", "要及时组织");
            assertTrue(verdict.answered(), asked);
            assertTrue(PROBE.firstText(verdict).startsWith("这次的重要指示"), asked);
        }
    }

    @Test
    void theStandingInAHistoryIsStatedByItsMilestone() {
        Verdict verdict = PROBE.rank("这次视察在四川发展历史上被怎样定位？", false, "这次的重要指示", "这次视察是四川");
        assertTrue(verdict.answered());
        assertTrue(PROBE.firstText(verdict).startsWith("这次视察是四川"), "里程碑, not the standing in theory");
    }

    @Test
    void aVisitJudgedIsStatedByItsMilestoneButItsInstructionsByTheirTheory() {
        for (String asked : List.of("會議怎麼評價總書記這次來川視察？", "会议如何看待这次视察？", "總書記這次來川視察對四川意味著什麼？",
                "总书记来川视察对四川有什么样的意义？", "總書記出席大運會活動被怎麼定性？")) {
            Verdict verdict = PROBE.rank(new ChineseNormalizer().normalize(asked), false, "这次的重要指示", "这次视察是四川");
            assertTrue(verdict.answered(), asked);
            assertTrue(PROBE.firstText(verdict).startsWith("这次视察是四川"), asked);
        }
        Verdict instructions = PROBE.rank("会议怎么评价这次来川视察作出的重要指示？", true, "这次的重要指示", "这次视察是四川");
        assertTrue(PROBE.firstText(instructions).startsWith("这次的重要指示"), "the instructions, not the visit");
    }

    @Test
    void aVisitJudgedIsStatedByItsMilestoneAnywhereInTheFirstPassagesDocument() {
        PassageCatalog two = PassageCatalog.of(new DocumentLibrary(List.of(
                new DocumentParser().parse("report.txt", """
                        一份报告

                        总书记来川视察，先后来到广元、德阳、成都。

                        总书记对四川工作提出重要要求。

                        要把学习贯彻总书记来川视察重要指示精神作为重大政治任务。

                        要及时组织党员干部开展学习研讨。

                        总书记来川视察期间会见了外国元首。

                        这次视察是四川改革发展进程中具有里程碑意义的大事。
                        """),
                new DocumentParser().parse("other.txt", """
                        另一份报告

                        这是具有划时代意义的历史性成就。
                        """))));
        JudgeProbe probe = new JudgeProbe(new StandingJudge(two), two);
        String asked = "总书记来川视察对四川意味着什么？";
        Verdict deep = probe.rank(asked, true, "总书记来川视察，", "总书记对四川", "要把学习", "要及时组织", "总书记来川视察期间",
                "这次视察是四川");
        assertTrue(probe.firstText(deep).startsWith("这次视察是四川"), "the sixth candidate, of the same document");
        Verdict otherDocument = probe.rank(asked, true, "总书记来川视察，", "总书记对四川", "要把学习", "要及时组织",
                "总书记来川视察期间", "这是具有划时代意义");
        assertTrue(probe.firstText(otherDocument).startsWith("总书记来川视察，"), "past the leading five, only the same document");
        Verdict history = probe.rank("这次视察在四川发展历史上被怎样定位？", true, "总书记来川视察，", "总书记对四川", "要把学习",
                "要及时组织", "总书记来川视察期间", "这次视察是四川");
        assertTrue(probe.firstText(history).startsWith("总书记来川视察，"), "a standing in a history reads the leading five");
    }

    @Test
    void aStrategicStandingOrNoStatedStandingIsLeftAlone() {
        Verdict strategic = PROBE.rank("四川在全国的战略地位是什么？", true, "要进一步从全国大局", "这次的重要指示");
        assertTrue(PROBE.firstText(strategic).startsWith("要进一步从全国大局"), "not a standing in theory");
        assertFalse(PROBE.rank("这次的指示在理论上处于什么样的地位？", false, "要进一步从全国大局", "要及时组织").answered(),
                "no passage states one");
    }
}
