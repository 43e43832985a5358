package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link UnmentionedYearJudge}: a year no searched document says or speaks from is not answered. */
class UnmentionedYearJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("sichuan-2023-07-29.txt", """
                    四川会议报告

                    要加快建设美丽四川，以更高标准打好蓝天、碧水、净土保卫战，落实省委十二届三次全会决策部署。
                    """),
            new DocumentParser().parse("plan.txt", """
                    远景目标

                    到2035年基本实现社会主义现代化。
                    """))));
    private static final UnmentionedYearJudge JUDGE = new UnmentionedYearJudge(CATALOG);

    private static boolean answers(String asked, String scope) {
        SearchQuestion question = new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY,
                SearchScope.of(List.of(scope)), Set.of(), false, SearchResult.NamedDocuments.NONE, Optional.empty(),
                List.of(), List.of());
        return JUDGE.judge(question, new Verdict(List.of(new Scored(0, 5.0, 0.8)), true)).answered();
    }

    @Test
    void aYearNoSearchedDocumentSaysIsNotAnswered() {
        assertFalse(answers("美丽四川建设到2035年要实现哪些指标？", "sichuan-2023-07-29"));
        assertTrue(answers("到2035年要实现什么？", "plan"), "the plan says 2035");
    }

    @Test
    void aNumberedSessionNoSearchedDocumentNamesIsNotAnswered() {
        assertFalse(answers("会议是不是决定召开省委十二届四次全会？", "sichuan-2023-07-29"), "the report names the third");
        assertTrue(answers("省委十二届三次全会作了哪些部署？", "sichuan-2023-07-29"));
        assertFalse(answers("第二次全体会议讲了什么？", "sichuan-2023-07-29"));
        assertTrue(answers("总书记是第二次来四川吗？", "sichuan-2023-07-29"), "a second visit, not a session");
    }

    @Test
    void theDocumentsOwnYearAndQuestionsWithoutAYearAreAnswered() {
        assertTrue(answers("2023年7月29日的会议讲了什么？", "sichuan-2023-07-29"), "the report's own year");
        assertTrue(answers("美丽四川要怎么建设？", "sichuan-2023-07-29"));
    }

    @Test
    void anAbstentionStaysOne() {
        SearchQuestion question = new SearchQuestion("到2035年要实现什么？", "到2035年要实现什么？", "到2035年要实现什么？",
                QueryTerms.EMPTY, SearchScope.of(List.of("plan")), Set.of(), false, SearchResult.NamedDocuments.NONE,
                Optional.empty(), List.of(), List.of());
        assertFalse(JUDGE.judge(question, new Verdict(List.of(new Scored(0, 5.0, 0.8)), false)).answered());
    }
}
