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

/** {@link HeadlineJudge}: a question on what the headline says is answered by the headline. */
class HeadlineJudgeTest {

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
    private static final HeadlineJudge JUDGE = new HeadlineJudge(CATALOG);

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
    void aQuestionOnWhatTheHeadlineSaysIsAnsweredByIt() {
        Verdict verdict = judge("会议报道的副标题是怎么写的？", List.of("report"));
        assertTrue(verdict.answered());
        assertTrue(CATALOG.passage(verdict.first().number()).isHeadline());
        assertTrue(judge("这次会议报告的标题口号是什么？", List.of("report")).answered());
        assertTrue(judge("这次会议的主题标语是什么？", List.of("report")).answered(), "a meeting's theme slogan is its headline");
        assertTrue(judge("这篇会议报道的标题提出了什么口号？", List.of("report")).answered());
        assertTrue(judge("报告标题说要以什么奋力谱写四川新篇章？", List.of("report")).answered());
        assertTrue(judge("会议标题里要求大家以什么态度对待总书记的关心？", List.of("report")).answered());
    }

    @Test
    void otherQuestionsAndSeveralDocumentsAreLeftAlone() {
        assertFalse(judge("会议审议了什么？", List.of("report")).answered());
        assertFalse(judge("标题是什么？", List.of("report", "other")).answered(), "whose title is not clear");
    }
}
