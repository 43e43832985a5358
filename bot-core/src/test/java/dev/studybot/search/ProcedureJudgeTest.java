package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** A how-to question on a concrete act is answered only by a passage that speaks of the act. */
class ProcedureJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    高质量开好领导班子专题民主生活会和基层党组织组织生活会。

                    领导班子成员要认真撰写对照检查材料，深入查摆问题。

                    符合条件的企业可以在线申报，由税务部门审核。

                    总书记在三星堆对坚定文化自信、传承中华文明念兹在兹、意蕴深长。

                    总书记在三星堆博物馆参观了青铜神树等展品。

                    将贯彻落实情况纳入督查督办工作台账。

                    各级党组织按时发放学习材料，党员凭证领取。

                    总书记多次肯定四川工作。

                    今年起企业申报的门槛提高到五十万元。

                    领导班子成员要开展批评与自我批评，红红脸、出出汗。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new ProcedureJudge(CATALOG), CATALOG);

    @ParameterizedTest(name = "{0}: {2} ({1})")
    @CsvFileSource(resources = "/search/procedure-cases.tsv", delimiter = '\t')
    void aQuestionOnAnActIsAnsweredOnlyByAPassageThatSpeaksOfIt(String rule, String verdict, String question,
                                                                String passageStart, String why) {
        assertEquals("answers".equals(verdict), PROBE.answers(question, passageStart),
                rule + (why == null ? "" : ": " + why));
    }
}
