package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LeadJudge}: a question on what the meeting is about is answered by the document's lead. */
class LeadJudgeTest {

    private static final PassageCatalog CATALOG = ReportPartsFixture.CATALOG;
    private static final LeadJudge JUDGE = new LeadJudge(CATALOG);

    private static Verdict judge(String asked, List<String> scope) {
        return ReportPartsFixture.judge(JUDGE, asked, scope);
    }

    @Test
    void aQuestionOnWhatTheMeetingIsAboutIsAnsweredByTheLead() {
        for (String asked : List.of("这个会是干嘛的？", "这会主要是讲啥的？", "这次会议的主题是什么？", "这篇报道说了什么",
                "这次开会主要是干啥的？", "这个会到底是开来干嘛的？")) {
            Verdict verdict = judge(asked, List.of("report"));
            assertTrue(verdict.answered(), asked);
            assertTrue(CATALOG.passage(verdict.first().number()).text().startsWith("7月29日下午"), asked);
        }
    }

    @Test
    void questionsOnAPartAndSeveralDocumentsAreLeftAlone() {
        assertFalse(judge("会议审议了什么？", List.of("report")).answered());
        assertFalse(judge("会议对科技创新讲了什么要求？", List.of("report")).answered(), "a part, not the whole");
        assertFalse(judge("这个会是干嘛的？", List.of("report", "other")).answered(), "which meeting is not clear");
    }
}
