package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ExpectedAnswerJudge}: the first passage, or one of the next that would answer, must hold the kind asked. */
class ExpectedAnswerJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("report.txt", """
                    会议报告

                    总书记这次来川视察作出的重要指示，视野宏阔、思想深邃。

                    总书记这次来川是一年多时间第二次到四川视察指导，深入广元、德阳基层一线。

                    要加强督促检查，适时开展“回头看”。

                    要推动成渝地区双城经济圈建设。

                    要加快建设美丽四川。

                    要扎实抓好安全生产工作。

                    省委常委会召开会议，传达学习重要指示精神，部署四川工作。

                    省委书记王晓晖主持会议并讲话，要求四川各地抓好落实。
                    """))));

    private static final ExpectedAnswerJudge JUDGE = new ExpectedAnswerJudge(CATALOG, DenseJudge::accepts);

    private static int numberOf(String passageStart) {
        for (int i = 0; i < CATALOG.passages().size(); i++) {
            if (CATALOG.passage(i).text().startsWith(passageStart)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no passage starts with " + passageStart);
    }

    private static Verdict judge(String asked, Scored... ranked) {
        SearchQuestion question = new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, SearchScope.ALL, Set.of(),
                false, SearchResult.NamedDocuments.NONE, ExpectedAnswer.of(asked), List.of(), List.of());
        return JUDGE.judge(question, new Verdict(List.of(ranked), true));
    }

    private static Scored scored(String passageStart, double cosine) {
        return new Scored(numberOf(passageStart), 5.0, 0.2, OptionalDouble.of(cosine));
    }

    @Test
    void aPassageHoldingTheKindIsShownFirstWhenItWouldAnswerOnItsOwn() {
        Verdict verdict = judge("总书记这次去了哪些地方考察？", scored("总书记这次来川视察", 0.60),
                scored("总书记这次来川是", 0.61), scored("要加强督促检查", 0.58));
        assertTrue(verdict.answered());
        assertEquals(numberOf("总书记这次来川是"), verdict.first().number());
    }

    private static Scored scored(String passageStart, double coverage, double cosine) {
        return new Scored(numberOf(passageStart), 5.0, coverage, OptionalDouble.of(cosine));
    }

    @Test
    void pastTheFirstFewOnlyAPassageTheWordsCannotTellFromTheFirstIsMovedUp() {
        Verdict tied = judge("总书记去了哪些地方？", scored("总书记这次来川视察", 1.0, 0.6), scored("要加强督促检查", 1.0, 0.6),
                scored("要推动成渝", 1.0, 0.6), scored("要加快建设美丽四川", 1.0, 0.6), scored("总书记这次来川是", 1.0, 0.6));
        assertTrue(tied.answered());
        assertEquals(numberOf("总书记这次来川是"), tied.first().number());
        assertFalse(judge("总书记去了哪些地方？", scored("总书记这次来川视察", 1.0, 0.6), scored("要加强督促检查", 1.0, 0.6),
                scored("要推动成渝", 1.0, 0.6), scored("要加快建设美丽四川", 1.0, 0.6), scored("总书记这次来川是", 0.9, 0.6))
                .answered(), "the fifth covers less than the first");
    }

    @Test
    void aPassageThatWouldNotAnswerOnItsOwnIsNotMovedUp() {
        assertFalse(judge("总书记这次去了哪些地方考察？", scored("总书记这次来川视察", 0.60),
                scored("总书记这次来川是", 0.40)).answered(), "too far from the question");
    }

    @Test
    void aFirstPassageHoldingTheKindStaysFirst() {
        Verdict verdict = judge("总书记这次来川是第几次到四川？", scored("总书记这次来川是", 0.60),
                scored("总书记这次来川视察", 0.61));
        assertTrue(verdict.answered());
        assertEquals(numberOf("总书记这次来川是"), verdict.first().number());
    }

    @Test
    void aSentenceCarriesOnTheSubjectOfTheOneBeforeItInItsParagraph() {
        PassageCatalog catalog = PassageCatalog.of(new DocumentLibrary(List.of(new DocumentParser().parse("meeting.txt", """
                会议报告

                7月29日下午，省委常委会召开（扩大）会议，专题传达学习总书记来川视察重要指示精神，对学习宣传贯彻工作进行研究部署。会议审议了《关于学习宣传贯彻总书记来川视察重要指示精神的总体安排》《关于推动治蜀兴川再上新台阶的意见》。

                会议指出，要把学习宣传贯彻总书记来川视察重要指示精神作为当前和今后一个时期全省的重要政治任务。
                """))));
        ExpectedAnswerJudge judge = new ExpectedAnswerJudge(catalog, DenseJudge::accepts);
        String asked = "省委常委会会议审议了哪两个文件？";
        SearchQuestion question = new SearchQuestion(asked, asked, asked,
                new QueryTerms(List.of("省委", "常委会", "会议", "审议"), List.of(), List.of()), SearchScope.ALL,
                Set.of(), false, SearchResult.NamedDocuments.NONE, ExpectedAnswer.of(asked), List.of(), List.of());
        // The meeting's opening sentence holds 省委 and 常委会 but no title; the next one, which names the two
        // documents, says only 会议: it is that meeting's, so it is shown first.
        Verdict verdict = judge.judge(question, new Verdict(List.of(new Scored(0, 5.0, 0.5, OptionalDouble.of(0.62)),
                new Scored(1, 4.8, 0.4, OptionalDouble.of(0.59))), true));
        assertTrue(verdict.answered());
        assertEquals(1, verdict.first().number());
        assertTrue(catalog.passage(1).text().startsWith("会议审议了"));
        // A passage of another paragraph carries on nothing: the one after the meeting's does not get its words.
        Verdict other = judge.judge(question, new Verdict(List.of(new Scored(0, 5.0, 0.5, OptionalDouble.of(0.62)),
                new Scored(2, 4.8, 0.4, OptionalDouble.of(0.59))), true));
        assertFalse(other.answered());
    }

    private static Verdict judgeRefused(String asked, Scored first) {
        SearchQuestion question = new SearchQuestion(asked, asked, asked, QueryTerms.EMPTY, SearchScope.ALL, Set.of(),
                false, SearchResult.NamedDocuments.NONE, ExpectedAnswer.of(asked), List.of(), List.of());
        return JUDGE.judge(question, new Verdict(List.of(first), false));
    }

    @Test
    void aConcreteAnswerInAPassageHoldingMuchOfTheQuestionMakesUpForTheModelsDoubt() {
        assertTrue(judgeRefused("啥时候开展回头看？", scored("要加强督促检查", 0.5, 0.43)).answered(),
                "适时 is a time, and the passage holds half the question");
        assertFalse(judgeRefused("啥时候开展回头看？", scored("要加强督促检查", 0.5, 0.33)).answered(),
                "too far for any evidence");
        assertFalse(judgeRefused("啥时候开展回头看？", scored("要加强督促检查", 0.3, 0.43))
                .answered(), "too little of the question's wording");
        assertFalse(judgeRefused("啥时候建设美丽四川？", scored("要加快建设美丽四川", 0.5, 0.43)).answered(),
                "no time in the passage");
    }

    @Test
    void aPersonNamedDoingTheActAskedMakesUpForTheModelsDoubt() {
        assertTrue(judgeRefused("这次会谁主持的呀", scored("省委书记王晓晖", 0.59, 0.42)).answered(),
                "王晓晖 is named chairing: a name is as concrete as a date");
        assertFalse(judgeRefused("这次会谁部署的呀", scored("省委常委会召开会议", 0.59, 0.42)).answered(),
                "a body, no person named");
        assertFalse(judgeRefused("这次会谁讲评的呀", scored("省委书记王晓晖", 0.59, 0.42)).answered(),
                "the act asked is not the one the person did");
    }

    @Test
    void aPersonAskedForByRoleAndNamedDoingTheActNeedsOnlyALittleWording() {
        assertTrue(judgeRefused("这次学习会是哪位领导牵头主持的？", scored("省委书记王晓晖", 0.34, 0.52)).answered(),
                "学习会, 领导 and 牵头 are the asker's words; 主持 and 王晓晖 are the evidence");
        assertFalse(judgeRefused("这次学习会是哪位领导牵头主持的？", scored("省委书记王晓晖", 0.34, 0.42)).answered(),
                "below the model's floor, the wording must be the question's");
        assertFalse(judgeRefused("这次学习会是哪位领导牵头部署的？", scored("省委常委会召开会议", 0.34, 0.52)).answered(),
                "a body, no person named");
    }

    @Test
    void loneCharactersCountOnlyWithTheirNeighbours() {
        assertEquals(List.of("王晓", "晓晖", "晖来", "四川", "之前", "任职"),
                ExpectedAnswerJudge.wordsAndRuns(List.of("王", "晓", "晖", "来", "四川", "之前", "省", "任职")));
        assertEquals(List.of("总书记", "四川", "实地", "走个", "个市"),
                ExpectedAnswerJudge.wordsAndRuns(List.of("总书记", "四川", "实地", "走", "个", "市")));
    }

    @Test
    void aPassageSpeakingOfTheActAskedIsShownBeforeOneOnlyNamingSomeone() {
        Verdict verdict = judge("这次常委会谁主持的呀", scored("省委常委会召开会议", 0.60), scored("省委书记王晓晖", 0.58));
        assertTrue(verdict.answered());
        assertTrue(CATALOG.passage(verdict.first().number()).text().startsWith("省委书记王晓晖"));
        Verdict noAct = judge("这次常委会是谁开的呀", scored("省委常委会召开会议", 0.60), scored("省委书记王晓晖", 0.58));
        assertTrue(CATALOG.passage(noAct.first().number()).text().startsWith("省委常委会召开会议"), "no act asked");
    }
}
