package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link SpecificListJudge}: which ones of a concrete kind, asked specifically, need a list of that kind. */
class SpecificListJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("sichuan.txt", """
                    四川会议报告

                    要进一步深化川渝全方位合作，锚定“一极一源、两中心两地”目标定位，强化经济承载和辐射带动功能。

                    要全面提升防灾减灾救灾能力，有效应对地震、水灾、火灾、旱灾、地质灾害等灾害。

                    总书记深入广元、德阳基层一线，了解四川推动经济社会高质量发展情况。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new SpecificListJudge(CATALOG), CATALOG);

    private static boolean answers(String asked, String passageStart) {
        return PROBE.answers(asked, passageStart);
    }

    @Test
    void particularThingsOfAConcreteKindNeedAListOfThem() {
        assertFalse(answers("川渝合作有哪些具体的重大项目？", "要进一步深化"), "a quoted formulation is no list of 项目");
        assertFalse(answers("总书记在广元具体考察了哪几家企业？", "总书记深入广元"));
        assertTrue(answers("提升应对自然灾害的能力，具体涉及哪些灾种？", "要全面提升"), "地震、水灾… is a list of 灾");
        assertTrue(answers("总书记具体去了哪几个城市？", "总书记深入广元"), "广元、德阳 is a list");
        assertFalse(answers("川渝合作今年有哪些重大项目？", "要进一步深化"), "this year's projects are particular ones");
        assertTrue(answers("川渝合作今年有哪些要求？", "要进一步深化"), "a stated kind");
    }

    @Test
    void statedKindsAndQuestionsNotAskedSpecificallyAreLeftAlone() {
        assertTrue(answers("川渝合作具体有哪些要求？", "要进一步深化"), "a report states its 要求");
        assertTrue(answers("川渝合作具体有哪些举措？", "要进一步深化"));
        assertTrue(answers("川渝合作有哪些重大项目？", "要进一步深化"), "not asked specifically: left to the others");
        assertTrue(answers("川渝合作具体怎么推进？", "要进一步深化"), "not which ones");
    }

    @Test
    void theKindAskedIsReadPastSpecificallyAndTheMeasureWord() {
        assertEquals(Optional.of("项目"), ListAnswerJudge.kindAsked("川渝合作有哪些具体的重大项目？"));
        assertEquals(Optional.of("项目"), ListAnswerJudge.kindAsked("重庆具体牵头负责哪些项目？"));
        assertEquals(Optional.of("工作"), ListAnswerJudge.kindAsked("要抓好哪几项工作？"));
    }
}
