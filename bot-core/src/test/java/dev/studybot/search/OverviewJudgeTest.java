package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link OverviewJudge}: a question on one area of an overview's list is answered by the passage on the area. */
class OverviewJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("sichuan.txt", """
                    四川会议报告

                    要坚定不移推动高质量发展，努力在提高科技创新能力、建设现代化产业体系、加强生态环境治理等方面实现新突破，把蓝图变成现实。

                    要坚持一手抓科技创新，一手抓科技成果转化，加快打造具有全国影响力的科技创新中心。

                    要坚持山水林田湖草沙一体化保护和系统治理，打好蓝天、碧水、净土保卫战。
                    """))));
    private static final OverviewJudge JUDGE = new OverviewJudge(CATALOG, DenseJudge::accepts);

    private static final String OVERVIEW = "要坚定不移";
    private static final String SCIENCE = "要坚持一手抓";
    private static final String ECOLOGY = "要坚持山水";

    private static SearchQuestion question(String asked, String... words) {
        QueryTerms terms = new QueryTerms(List.of(words), List.of(words), List.of(), Map.of());
        return new SearchQuestion(asked, asked, asked, terms, SearchScope.of(List.of("sichuan")), Set.of(), false,
                SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
    }

    /** An answering ranking of the passages starting so, each at this similarity and coverage. */
    private static Verdict ranked(Object... startCosineCoverage) {
        List<Scored> scored = new java.util.ArrayList<>();
        for (int k = 0; k < startCosineCoverage.length; k += 3) {
            scored.add(new Scored(number((String) startCosineCoverage[k]), 5.0 - k,
                    (Double) startCosineCoverage[k + 2], OptionalDouble.of((Double) startCosineCoverage[k + 1])));
        }
        return new Verdict(scored, true);
    }

    private static int number(String start) {
        for (int i = 0; i < CATALOG.passages().size(); i++) {
            if (CATALOG.passage(i).text().startsWith(start)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no passage starts with " + start);
    }

    private static String shownFirst(Verdict verdict) {
        return CATALOG.passage(verdict.first().number()).text().substring(0, 5);
    }

    @Test
    void anAreaTheOverviewOnlyListsIsAnsweredByItsOwnPassage() {
        Verdict verdict = JUDGE.judge(question("生态环境咋治理？", "生态环境", "治理"),
                ranked(OVERVIEW, 0.45, 1.0, ECOLOGY, 0.60, 0.43, SCIENCE, 0.40, 0.0));
        assertTrue(verdict.answered());
        assertEquals(ECOLOGY.substring(0, 5), shownFirst(verdict));
        assertEquals(SCIENCE.substring(0, 5), shownFirst(JUDGE.judge(question("在创新方面要建成什么样的中心？", "创新", "建成", "中心"),
                ranked(OVERVIEW, 0.67, 0.27, SCIENCE, 0.59, 0.42))));
    }

    @Test
    void aWordBridgedToTheListsWordsCountsAndACloserPassageNeedsNoWordOfIt() {
        QueryTerms terms = new QueryTerms(List.of("环保"), List.of("环保"), List.of(), Map.of("环保", List.of("生态环境")));
        SearchQuestion question = new SearchQuestion("环保这块咋搞？", "环保这块咋搞？", "环保这块咋搞？", terms,
                SearchScope.of(List.of("sichuan")), Set.of(), false, SearchResult.NamedDocuments.NONE, Optional.empty(),
                List.of(), List.of());
        assertEquals(ECOLOGY.substring(0, 5), shownFirst(JUDGE.judge(question,
                ranked(OVERVIEW, 0.45, 1.0, ECOLOGY, 0.49, 0.0))), "生态环境 is listed; the ecology passage is closer");
        assertEquals(OVERVIEW.substring(0, 5), shownFirst(JUDGE.judge(question,
                ranked(OVERVIEW, 0.52, 1.0, ECOLOGY, 0.49, 0.0))), "not closer, and shares nothing");
    }

    @Test
    void theOverviewStaysFirstForItsListOrForWordsOutsideIt() {
        assertEquals(OVERVIEW.substring(0, 5), shownFirst(JUDGE.judge(question("要在哪些方面实现新突破？", "实现", "突破"),
                ranked(OVERVIEW, 0.70, 1.0, ECOLOGY, 0.60, 0.5))), "the list is the answer");
        assertEquals(OVERVIEW.substring(0, 5), shownFirst(JUDGE.judge(question("生态环境治理要把蓝图变成什么？", "生态环境", "治理",
                "蓝图", "变成"), ranked(OVERVIEW, 0.65, 0.8, ECOLOGY, 0.60, 0.5))), "蓝图 is outside the list");
        assertEquals(OVERVIEW.substring(0, 5), shownFirst(JUDGE.judge(question("生态环境咋治理？", "生态环境", "治理"),
                ranked(OVERVIEW, 0.45, 1.0, ECOLOGY, 0.40, 0.1))), "the area's passage would not be accepted");
    }

    @Test
    void aWordInsideAListOfAreasIsListed() {
        String overview = CATALOG.folded(number(OVERVIEW));
        assertTrue(OverviewJudge.onlyListed("生态环境", overview));
        assertFalse(OverviewJudge.onlyListed("蓝图", overview));
        assertFalse(OverviewJudge.onlyListed("创新", "要抓科技创新，建设现代化产业体系、推进乡村振兴等方面"));
    }

    @Test
    void anAbstentionStaysOne() {
        assertFalse(JUDGE.judge(question("生态环境咋治理？", "生态环境", "治理"),
                ranked(OVERVIEW, 0.45, 1.0, ECOLOGY, 0.60, 0.43).abstaining()).answered());
    }
}
