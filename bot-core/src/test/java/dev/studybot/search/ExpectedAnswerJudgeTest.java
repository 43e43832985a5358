package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ExpectedAnswerJudge} on a question asking who did a named act: the first passage, or the next ones. */
class ExpectedAnswerJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("meeting.txt", """
                    会议报告

                    会议指出，总书记这次来川视察作出的重要指示意义重大。

                    省委书记王晓晖主持会议并讲话。

                    要加强督促检查，各部门要抓好落实。
                    """))));
    private static final ExpectedAnswerJudge JUDGE = new ExpectedAnswerJudge(CATALOG);

    private static int numberOf(String passageStart) {
        for (int i = 0; i < CATALOG.passages().size(); i++) {
            if (CATALOG.passage(i).text().startsWith(passageStart)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no passage starts with " + passageStart);
    }

    /** The verdict on a question whose ranking holds the passages starting so, in this order. */
    private static Verdict judged(String asked, String... passageStarts) {
        SearchQuestion question = new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, SearchScope.ALL, Set.of(),
                false, SearchResult.NamedDocuments.NONE, ExpectedAnswer.of(asked), List.of(), List.of());
        List<Scored> ranked = java.util.Arrays.stream(passageStarts)
                .map(start -> new Scored(numberOf(start), 5.0, 0.8)).toList();
        return JUDGE.judge(question, new Verdict(ranked, true));
    }

    @Test
    void aLaterPassageThatSaysTheActAndNamesSomeoneAnswers() {
        Verdict verdict = judged("这次会议上谁讲了话？", "会议指出", "省委书记王晓晖");
        assertTrue(verdict.answered());
        assertEquals(numberOf("省委书记王晓晖"), verdict.first().number());
    }

    @Test
    void anActSaidInOtherWordsPromotesNothing() {
        assertFalse(judged("专题民主生活会由谁来督导？", "会议指出", "要加强督促检查").answered(),
                "督促 is not 督导: the third passage is not moved up");
    }

    @Test
    void theFirstPassageThatAnswersStaysFirst() {
        Verdict verdict = judged("会议由谁主持？", "省委书记王晓晖", "会议指出");
        assertTrue(verdict.answered());
        assertEquals(numberOf("省委书记王晓晖"), verdict.first().number());
    }
}
