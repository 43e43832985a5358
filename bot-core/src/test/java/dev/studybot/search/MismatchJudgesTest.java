package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The judges that withhold an answer whose words match but whose subject is another: a region or country the
 * searched documents never mention ({@link UnmentionedRegionJudge}), the opposite event (閉幕 asked, 开幕 said:
 * {@link OppositeJudge}).
 */
class MismatchJudgesTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("sichuan.txt", """
                    四川会议报告

                    在成都大运会开幕式前，总书记同来华出席开幕式的外国元首举行双边会谈。

                    要进一步深化川渝全方位合作，推动成渝地区双城经济圈建设。

                    总书记这次来川是一年多时间第二次到四川视察指导。
                    """),
            new DocumentParser().parse("other.txt", """
                    另一份报告

                    陕西省长强调，陕西要加快建设西部创新高地，深化同日本的经贸合作。
                    """))));
    private static final SearchScope SICHUAN = SearchScope.of(List.of("sichuan"));

    private static SearchQuestion question(String asked, SearchScope scope) {
        return new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, scope, Set.of(), false,
                SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
    }

    /** An answering verdict whose first passage is the one starting so. */
    private static Verdict answeredBy(String passageStart) {
        for (int i = 0; i < CATALOG.passages().size(); i++) {
            if (CATALOG.passage(i).text().startsWith(passageStart)) {
                return new Verdict(List.of(new Scored(i, 5.0, 0.8)), true);
            }
        }
        throw new IllegalArgumentException("no passage starts with " + passageStart);
    }

    private static boolean regionAnswers(String asked, SearchScope scope) {
        return new UnmentionedRegionJudge(CATALOG).judge(question(asked, scope), answeredBy("要进一步深化川渝")).answered();
    }

    @Test
    void aRegionTheScopeNeverMentionsIsNotItsSubject() {
        assertFalse(regionAnswers("跟陕西比，四川深化合作有什么优势？", SICHUAN));
        assertFalse(regionAnswers("和日本相比，川渝合作有什么不同？", SICHUAN), "a country is a region too");
        assertTrue(regionAnswers("跟陕西比，四川深化合作有什么优势？", SearchScope.ALL),
                "the whole library mentions 陕西");
    }

    @Test
    void aRegionMentionedByItsShortNameIsMentioned() {
        assertTrue(regionAnswers("跟重庆那边怎样深化合作？", SICHUAN), "川渝 names 重庆");
        assertTrue(regionAnswers("四川要深化哪些合作？", SICHUAN));
    }

    @Test
    void aBodyOfAMentionedRegionTheScopeNeverNamesIsNotItsSubject() {
        assertFalse(regionAnswers("重庆市委这次又和四川签了哪些合作协议？", SICHUAN), "川渝 names 重庆, not its 市委");
        assertTrue(regionAnswers("四川省委要深化哪些合作？", SICHUAN), "the report's own region: 省委 is 四川省委");
        assertTrue(regionAnswers("四川和重庆之间要深化哪些合作？", SICHUAN), "no body named");
    }

    @Test
    void theSideOfAMentionedRegionTheScopeNeverNamesIsNotItsSubject() {
        assertFalse(regionAnswers("重庆方面对深化川渝合作提了什么新建议？", SICHUAN), "川渝 names 重庆, not its side");
        assertFalse(regionAnswers("川渝合作中重庆方面由哪位领导牵头？", SICHUAN));
        assertTrue(regionAnswers("四川方面要深化哪些合作？", SICHUAN), "the report's own region");
        assertTrue(regionAnswers("在对接重庆方面要深化哪些合作？", SICHUAN), "an aspect, not a side");
        assertFalse(regionAnswers("重庆那边是怎么传达这次视察精神的？", SICHUAN), "那边, said colloquially, is its side too");
        assertTrue(regionAnswers("跟重庆那边合作咋说的", SICHUAN), "a partner, not the party acting");
        assertFalse(regionAnswers("川渝合作方面重庆市提出了什么意见？", SICHUAN), "川渝 names 重庆, never speaking");
        assertTrue(regionAnswers("陕西强调要深化哪些合作？", SearchScope.ALL), "the library names 陕西 in full");
    }

    @Test
    void aBodyOfAMentionedCityTheScopeNeverNamesIsNotItsSubject() {
        assertFalse(regionAnswers("视察期间成都市委书记汇报了哪些内容？", SICHUAN), "成都 is named, 成都市委 never");
        assertTrue(regionAnswers("市委书记要怎样深化合作？", SICHUAN), "no place before the body");
        assertTrue(regionAnswers("绵阳市委要深化哪些合作？", SICHUAN), "a place never named is left to the other checks");
    }

    @Test
    void whatOneQuestionLooksUpLeavesTheNextOnesJudgementAlone() {
        UnmentionedRegionJudge judge = new UnmentionedRegionJudge(CATALOG);
        Verdict answered = answeredBy("要进一步深化川渝");
        assertFalse(judge.judge(question("重庆市委要深化哪些合作？", SICHUAN), answered).answered());
        assertTrue(judge.judge(question("跟重庆那边怎样深化合作？", SICHUAN), answered).answered(),
                "川渝 still names 重庆 after 重庆 was looked up as the place before a body");
    }

    @Test
    void aPostTheScopeNeverNamesIsNotItsSubject() {
        assertFalse(regionAnswers("省长在会上讲了哪些合作？", SICHUAN));
        assertTrue(regionAnswers("省长在会上讲了哪些合作？", SearchScope.ALL), "a post some document names is left alone");
    }

    @Test
    void anAbstentionStaysOne() {
        Verdict abstaining = answeredBy("要进一步深化川渝").abstaining();
        assertFalse(new UnmentionedRegionJudge(CATALOG).judge(question("四川的合作", SICHUAN), abstaining).answered());
        assertFalse(new OppositeJudge(CATALOG).judge(question("开幕式前做了什么", SICHUAN), abstaining).answered());
    }

    @Test
    void theOppositeEventIsNotTheOneAsked() {
        OppositeJudge judge = new OppositeJudge(CATALOG);
        Verdict opening = answeredBy("在成都大运会开幕式前");
        assertFalse(judge.judge(question("总书记是否出席了成都大运会闭幕式？", SICHUAN), opening).answered());
        assertTrue(judge.judge(question("大运会开幕式前总书记做了什么？", SICHUAN), opening).answered());
        assertTrue(judge.judge(question("开幕式和闭幕式都出席了吗？", SICHUAN), opening).answered(),
                "a question naming both asks about the one the passage says");
    }

    @Test
    void theFirstTimeIsNotTheSecondButAQuestionWhetherItIsTheFirstIsAnswered() {
        OppositeJudge judge = new OppositeJudge(CATALOG);
        Verdict second = answeredBy("总书记这次来川是一年多时间第二次");
        assertFalse(judge.judge(question("总书记一年多前第一次来四川视察去了哪些地方？", SICHUAN), second).answered());
        assertTrue(judge.judge(question("总书记这是第一次来四川吗？", SICHUAN), second).answered(),
                "one visit is the first or the second: the passage says it is not the first");
        assertFalse(judge.judge(question("总书记是否出席了成都大运会闭幕式？", SICHUAN),
                answeredBy("在成都大运会开幕式前")).answered(), "two ceremonies are two events, whether asked or not");
    }
}
