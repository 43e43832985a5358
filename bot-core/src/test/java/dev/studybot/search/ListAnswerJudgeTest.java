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

/** A question on which ones of a kind is answered, despite a little doubt, by a passage listing things of the kind. */
class ListAnswerJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("sichuan.txt", """
                    四川会议报告

                    要坚持山水林田湖草沙一体化保护和系统治理，以更高标准打好蓝天、碧水、净土保卫战，加快建设美丽四川。

                    在三星堆对坚定文化自信、传承中华文明念兹在兹、意蕴深长。

                    努力在提高科技创新能力、建设现代化产业体系、推进乡村振兴、加强生态环境治理等方面实现新突破。

                    要深化问题研究，聚焦时代使命、重大任务、重要要求，加强研究思考。
                    """))));
    private static final ListAnswerJudge JUDGE = new ListAnswerJudge(CATALOG);

    private static SearchQuestion question(String asked) {
        return new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, SearchScope.of(List.of("sichuan")), Set.of(),
                false, SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
    }

    /** The model's abstention on the passage starting so, at this similarity and coverage. */
    private static Verdict refused(String passageStart, double cosine, double coverage) {
        for (int i = 0; i < CATALOG.passages().size(); i++) {
            if (CATALOG.passage(i).text().startsWith(passageStart)) {
                return new Verdict(List.of(new Scored(i, 4.0, coverage, OptionalDouble.of(cosine))), false);
            }
        }
        throw new IllegalArgumentException("no passage starts with " + passageStart);
    }

    @Test
    void readsTheKindAsked() {
        assertEquals(Optional.of("攻坚战"), ListAnswerJudge.kindAsked("环境污染治理要打赢哪几场攻坚战？"));
        assertEquals(Optional.of(""), ListAnswerJudge.kindAsked("农业这块主要保哪几样啊"));
        assertEquals(Optional.of("品类"), ListAnswerJudge.kindAsked("四川肩上担着哪些品类的责任？"));
        assertEquals(Optional.empty(), ListAnswerJudge.kindAsked("会议由谁主持？"));
        assertEquals(Optional.of("方面"), ListAnswerJudge.kindAsked("四川要争取在哪几块工作上有新的突破？"),
                "哪几块: areas of work");
        assertEquals(Optional.of("灾害"), ListAnswerJudge.kindAsked("防灾方面点名了哪些灾害类型？"), "the kind before 类型");
        assertEquals(Optional.of("保卫战"), ListAnswerJudge.kindAsked("要打的保卫战是哪几个？"), "the thing named before");
        assertEquals(Optional.of("攻坚战"), ListAnswerJudge.kindAsked("污染防治攻坚战是哪几个？"));
        assertEquals(Optional.of("保卫战"), ListAnswerJudge.kindAsked("要打的保卫战是哪仨？"), "the spoken 哪仨 is 哪三个");
        assertEquals(Optional.of("攻坚战"), ListAnswerJudge.kindAsked("要打赢哪俩攻坚战？"));
        assertEquals(Optional.of(""), ListAnswerJudge.kindAsked("科研方面要求两条腿走路，具体是哪两条？"),
                "具体 before 是 names no kind");
        assertEquals(Optional.of("保卫战"), ListAnswerJudge.kindAsked("要打的保卫战具体是哪几个？"));
        assertEquals(Optional.of("功能"), ListAnswerJudge.kindAsked("成渝双城经济圈需要增强哪些方面的功能？"),
                "which functions, not which areas");
        assertEquals(Optional.of("方面"), ListAnswerJudge.kindAsked("要在哪些方面的工作上发力？"), "the thing must end the question");
        assertEquals(Optional.of("新类型"), ListAnswerJudge.kindAsked("出现了哪些新类型？"), "one character is no kind of its own");
    }

    @Test
    void aListOfTheKindAskedAnswersDespiteALittleDoubt() {
        assertTrue(JUDGE.judge(question("环境污染治理要打赢哪几场攻坚战？"), refused("要坚持", 0.54, 0.26)).answered());
        assertTrue(JUDGE.judge(question("环境污染治理方面要打赢哪几场战役？"), refused("要坚持", 0.50, 0.30)).answered(),
                "战 of 战役 heads 保卫战 too");
    }

    @Test
    void aListOfAnotherKindOrTooMuchDoubtStaysAnAbstention() {
        assertFalse(JUDGE.judge(question("三星堆遗址最近又出土了哪些新文物？"), refused("在三星堆", 0.53, 0.22)).answered(),
                "a list of attitudes, not of relics; 文明 is in an item that is not the last");
        assertFalse(JUDGE.judge(question("黄河在四川境内流经哪几个县？"), refused("要坚持", 0.51, 0.30)).answered());
        assertFalse(JUDGE.judge(question("环境污染治理要打赢哪几场攻坚战？"), refused("要坚持", 0.40, 0.26)).answered(),
                "below the model's floor");
        assertFalse(JUDGE.judge(question("环境污染治理要打赢哪几场攻坚战？"), refused("要坚持", 0.54, 0.0)).answered(),
                "no word of the question at all");
    }

    /** A question whose words are these, the last one bridged to the documents' words. */
    private static SearchQuestion bridged(String asked, List<String> words, List<String> documentWords) {
        QueryTerms terms = new QueryTerms(words, words, List.of(), Map.of(words.getLast(), documentWords));
        return new SearchQuestion(asked, asked, asked, terms, SearchScope.of(List.of("sichuan")), Set.of(), false,
                SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
    }

    /** The passages starting so, first to last, at these similarities and coverages, answered or not. */
    private static Verdict ranked(boolean answered, String first, double firstCosine, String second,
                                  double secondCosine) {
        return new Verdict(List.of(refused(first, firstCosine, 0.5).ranked().getFirst(),
                refused(second, secondCosine, 0.5).ranked().getFirst()), answered);
    }

    @Test
    void theNextPassageListingTheKindByTheDocumentsWordComesFirst() {
        SearchQuestion battles = bridged("环保要打哪几场仗啊", List.of("环保", "打", "场", "仗"), List.of("保卫战", "攻坚战"));
        for (boolean answered : new boolean[] {true, false}) {
            Verdict verdict = JUDGE.judge(battles, ranked(answered, "在三星堆", 0.38, "要坚持", 0.48));
            assertTrue(verdict.answered());
            assertTrue(CATALOG.passage(verdict.ranked().getFirst().number()).text().startsWith("要坚持"),
                    "蓝天、碧水、净土保卫战 lists the battles asked for");
        }
        assertFalse(JUDGE.judge(battles, ranked(false, "在三星堆", 0.38, "要坚持", 0.40)).answered(),
                "the list's passage is below the model's floor");
    }

    @Test
    void anAreaAskedForIsListedAsEitherWordForIt() {
        assertEquals("努力在提高", shownFirst(bridged("四川要在哪几个领域取得新的突破？", List.of("四川", "领域", "取得", "新的",
                "突破"), List.of()), 0.63, 0.67),
                "领域 of the question, 等方面 of the list; the kind read as 领域取得新 is the word 领域");
        assertEquals("努力在提高", shownFirst(bridged("四川被要求在哪些领域拿出突破性的进展？", List.of("四川", "要求", "领域", "拿出",
                "突破性", "进展"), List.of()), 0.68, 0.67),
                "the kind read as 领域拿出突破性 is 领域 opening it, not the word 突破性 ending it");
    }

    /** The start of the passage shown first when the question meets 在三星堆… and then the overview, so similar. */
    private static String shownFirst(SearchQuestion question, double firstCosine, double overviewCosine) {
        Verdict verdict = JUDGE.judge(question, ranked(true, "在三星堆", firstCosine, "努力在提高", overviewCosine));
        return CATALOG.passage(verdict.ranked().getFirst().number()).text().substring(0, 5);
    }

    @Test
    void aKindReportsStateIsNotMovedToAListEndingWithIt() {
        SearchQuestion requirements = bridged("会议对加强督促检查提出了哪些要求？", List.of("会议", "加强", "督促", "检查", "提出",
                "要求"), List.of());
        Verdict verdict = JUDGE.judge(requirements, ranked(true, "在三星堆", 0.69, "要深化问题", 0.56));
        assertTrue(CATALOG.passage(verdict.ranked().getFirst().number()).text().startsWith("在三星堆"));
        assertTrue(ListAnswerJudge.stated("重要要求"));
        assertFalse(ListAnswerJudge.stated("攻坚战"));
    }

    @Test
    void aListNamingTheKindInFullAnswersWithEnoughWordsBelowTheModelsFloor() {
        SearchQuestion battles = bridged("治污要打哪几场保卫战啊？", List.of("治污", "打", "场", "保卫战"), List.of());
        assertTrue(JUDGE.judge(battles, refused("要坚持", 0.41, 0.59)).answered(), "净土保卫战, 0.59 of the words");
        assertFalse(JUDGE.judge(battles, refused("要坚持", 0.41, 0.30)).answered(), "too few of the words");
    }

    @Test
    void aFirstPassageSpeakingOfTheKindKeepsItsPlace() {
        SearchQuestion relics = bridged("三星堆出土了哪些文明", List.of("三星堆", "出土", "文明"), List.of());
        Verdict verdict = JUDGE.judge(relics, ranked(true, "在三星堆", 0.6, "要坚持", 0.6));
        assertTrue(CATALOG.passage(verdict.ranked().getFirst().number()).text().startsWith("在三星堆"));
    }

    @Test
    void anAnswerStaysOne() {
        Verdict answered = new Verdict(refused("在三星堆", 0.7, 0.8).ranked(), true);
        assertTrue(JUDGE.judge(question("三星堆遗址最近又出土了哪些新文物？"), answered).answered());
    }
}
