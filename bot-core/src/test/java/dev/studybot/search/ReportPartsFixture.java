package dev.studybot.search;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A meeting report with a headline and a lead, beside another document: the catalogue the tests of the judges that
 * show a part of the document itself ({@link HeadlineJudge}, {@link LeadJudge}) share.
 */
final class ReportPartsFixture {

    static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
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

    private ReportPartsFixture() {
    }

    /** The judge's verdict on a refusal ranking every passage of the catalog in order, the headline last. */
    static Verdict judge(Judge judge, String asked, List<String> scope) {
        List<Scored> ranked = IntStream.range(0, CATALOG.passages().size()).boxed()
                .sorted((a, b) -> Boolean.compare(CATALOG.passage(a).isHeadline(), CATALOG.passage(b).isHeadline()))
                .map(n -> new Scored(n, 4.0, 0.1)).toList();
        SearchQuestion question = new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, SearchScope.of(scope),
                Set.of(), false, SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
        return judge.judge(question, new Verdict(ranked, false));
    }
}
