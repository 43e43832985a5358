package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HeadlineJudge}: a question on what the headline says is answered by the headline. */
class HeadlineJudgeTest {

    private static final PassageCatalog CATALOG = ReportPartsFixture.CATALOG;
    private static final HeadlineJudge JUDGE = new HeadlineJudge(CATALOG);

    private static Verdict judge(String asked, List<String> scope) {
        return ReportPartsFixture.judge(JUDGE, asked, scope);
    }

    @Test
    void aQuestionOnWhatTheHeadlineSaysIsAnsweredByIt() {
        Verdict verdict = judge("会议报道的副标题是怎么写的？", List.of("report"));
        assertTrue(verdict.answered());
        assertTrue(CATALOG.passage(verdict.first().number()).isHeadline());
        assertTrue(judge("这次会议报告的标题口号是什么？", List.of("report")).answered());
        assertTrue(judge("这次会议的标题口号是哪几句？", List.of("report")).answered(), "which lines it is");
        assertTrue(judge("标题那句口号咋说的？", List.of("report")).answered(), "asked in speech");
        assertTrue(judge("这次会议报道的标题强调了哪几种态度？", List.of("report")).answered(), "what it stresses");
        assertTrue(judge("这次会议的主题标语是什么？", List.of("report")).answered(), "a meeting's theme slogan is its headline");
        assertTrue(judge("这篇会议报道的标题提出了什么口号？", List.of("report")).answered());
        assertTrue(judge("报告标题说要以什么奋力谱写四川新篇章？", List.of("report")).answered());
        assertTrue(judge("会议标题里要求大家以什么态度对待总书记的关心？", List.of("report")).answered());
        assertTrue(judge("这篇报道的标题号召大家以什么态度回报总书记的关心？", List.of("report")).answered());
        assertTrue(judge("标题里说要铭记啥、不负啥？", List.of("report")).answered(), "啥 for 什么");
    }

    @Test
    void aQuestionOnWhichLinesOrWordsOfTheTitleIsAnsweredByTheHeadline() {
        assertTrue(judge("报告标题里“始终铭记关怀”后面还有哪两句？", List.of("report")).answered());
        assertTrue(judge("会议标题里对总书记关怀的十二个字是什么？", List.of("report")).answered());
        assertFalse(judge("标题有几个字？", List.of("report")).answered(), "how long the title is, not which words");
    }

    @Test
    void otherQuestionsAndSeveralDocumentsAreLeftAlone() {
        assertFalse(judge("会议审议了什么？", List.of("report")).answered());
        assertFalse(judge("标题是什么？", List.of("report", "other")).answered(), "whose title is not clear");
    }
}
