package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link LeadJudge}: a question on what the meeting is about is answered by the document's lead. */
class LeadJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("report.txt", """
                    省委常委会召开会议
                    始终铭记关怀不负重托感恩奋进
                    以新担当新作为奋力谱写四川新篇章

                    7月29日下午，省委常委会召开会议。

                    会议审议了两个文件。
                    """),
            new DocumentParser().parse("other.txt", """
                    另一份报告

                    要推动高质量发展。
                    """))));
    private static final LeadJudge JUDGE = new LeadJudge(CATALOG);

    /** The judge's verdict on a refusal ranking every passage of the catalog in order, the headline last. */
    private static Verdict judge(String asked, List<String> scope) {
        List<Scored> ranked = IntStream.range(0, CATALOG.passages().size()).boxed()
                .sorted((a, b) -> Boolean.compare(CATALOG.passage(a).isHeadline(), CATALOG.passage(b).isHeadline()))
                .map(n -> new Scored(n, 4.0, 0.1)).toList();
        SearchQuestion question = new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, SearchScope.of(scope),
                Set.of(), false, SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
        return JUDGE.judge(question, new Verdict(ranked, false));
    }

    @Test
    void aQuestionOnWhatTheMeetingIsAboutIsAnsweredByTheLead() {
        for (String asked : List.of("这个会是干嘛的？", "这会主要是讲啥的？", "这次会议的主题是什么？", "这篇报道说了什么")) {
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
