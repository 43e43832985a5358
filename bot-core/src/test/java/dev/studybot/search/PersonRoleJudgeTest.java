package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question on a person's office is answered by the passage that gives the office before the name. */
class PersonRoleJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    各地各部门要切实加强组织领导。

                    会议审议了两个文件。省委书记王晓晖主持会议并讲话。

                    王晓晖强调，要抓好宣传宣讲。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new PersonRoleJudge(CATALOG), CATALOG);

    @Test
    void thePassageGivingTheOfficeAnswers() {
        for (String asked : List.of("王晓晖是啥职务？", "王晓晖担任什么职务？", "王晓晖同志的职务是什么？",
                "王晓晖是干什么的？", "王晓晖是干嘛的？")) {
            Verdict verdict = PROBE.rank(asked, false, "各地各部门", "王晓晖强调", "会议审议了");
            assertTrue(verdict.answered(), asked);
            assertTrue(PROBE.firstText(verdict).startsWith("会议审议了"), asked);
        }
    }

    @Test
    void otherQuestionsAndPassagesWithoutTheOfficeAreLeftAlone() {
        assertFalse(PROBE.rank("王晓晖是哪里人？", false, "会议审议了").answered(), "asks no office");
        assertFalse(PROBE.rank("王晓晖是啥职务？", false, "各地各部门", "王晓晖强调").answered(), "the name without an office");
        assertTrue(PersonRoleJudge.givesOffice("省委书记王晓晖主持会议", "王晓晖"));
        assertFalse(PersonRoleJudge.givesOffice("王晓晖强调", "王晓晖"));
    }
}
