package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What something is regarded as is answered by the passage stating it as a task of the question's own subject. */
class RegardJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    会议审议了关于学习宣传贯彻总书记重要指示精神的总体安排。

                    会议指出，学习宣传贯彻总书记来川视察重要指示精神，是当前和今后一个时期全省的重要政治任务。

                    总书记这次来川视察是四川改革发展进程中具有里程碑意义的大事。

                    要及时组织党员干部开展学习研讨。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new RegardJudge(CATALOG), CATALOG);

    @Test
    void theTaskStatedOfTheQuestionsSubjectAnswers() {
        Verdict verdict = PROBE.rank("会议把学习贯彻总书记指示看成一件什么性质的事？",
                List.of("会议", "学习", "贯彻", "总书记", "指示", "看成", "性质"), true, "会议审议了", "总书记这次来川",
                "会议指出");
        assertTrue(verdict.answered());
        assertTrue(PROBE.firstText(verdict).startsWith("会议指出"), "学习, 贯彻, 总书记 and 指示 before 是");
        Verdict visit = PROBE.rank("总书记这次来川视察被看作什么样的大事？", List.of("总书记", "这次", "视察", "看作", "大事"),
                true, "会议指出", "总书记这次来川");
        assertTrue(PROBE.firstText(visit).startsWith("总书记这次来川"), "the visit's subject, not the study's");
    }

    @Test
    void aSubjectSharingOneWordOrNoRegardAskedIsLeftAlone() {
        Verdict one = PROBE.rank("学习研讨属于什么性质的工作？", List.of("学习", "研讨", "属于", "性质", "工作"), true,
                "要及时组织", "会议指出");
        assertTrue(PROBE.firstText(one).startsWith("要及时组织"), "only 学习 before 是");
        Verdict notAsked = PROBE.rank("学习贯彻总书记指示有什么要求？", List.of("学习", "贯彻", "总书记", "指示", "要求"),
                true, "会议审议了", "会议指出");
        assertTrue(PROBE.firstText(notAsked).startsWith("会议审议了"));
        assertFalse(PROBE.rank("会议把学习贯彻总书记指示看成一件什么性质的事？", List.of("会议", "学习", "贯彻", "总书记",
                "指示"), false, "会议审议了", "要及时组织").answered(), "no passage states it");
    }
}
