package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link OtherOccasionJudge}: a question anchored in another occasion, party or others than the passage's. */
class OtherOccasionJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("sichuan.txt", """
                    四川会议报告

                    总书记这次来川是一年多时间第二次到四川视察指导，深入广元、德阳基层一线。

                    要进一步深化川渝全方位合作，推动成渝地区双城经济圈建设。

                    此前，总书记曾多次到四川考察，其他省份也派人前来学习，重庆方面作出积极回应。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new OtherOccasionJudge(CATALOG), CATALOG);

    private static boolean answers(String asked, String passageStart) {
        return PROBE.answers(asked, passageStart);
    }

    @Test
    void theTimeSinceTheLastOccasionIsToldByThisOne() {
        assertTrue(answers("总书记距离上次来四川隔了多久？", "总书记这次来川"));
        assertTrue(answers("总书记距离上一回到咱们省来过了多长时间？", "总书记这次来川"));
    }

    @Test
    void anExcuseInsideTheAnchorsOwnWordsIsNone() {
        assertFalse(answers("总书记前几次来四川分别视察了哪些城市？", "总书记这次来川"), "几次 of 前几次 asks no span");
        assertFalse(answers("总书记上一回来四川去了哪些地方？", "总书记这次来川"));
        assertFalse(answers("总书记一年多以前那次来川视察去的是哪些地方？", "总书记这次来川"), "以前那次 is the last one");
        assertFalse(answers("总书记一年多前那次来四川视察去的是哪个城市？", "总书记这次来川"), "so is 一年多前那次");
    }

    @Test
    void anotherPartysResponseOrOthersNeedAPassageThatSpeaksOfThem() {
        assertFalse(answers("重庆方面对深化川渝合作有什么回应？", "要进一步深化川渝"));
        assertFalse(answers("其他省份的合作是怎样推进的？", "要进一步深化川渝"));
        assertTrue(answers("重庆方面对深化川渝合作有什么回应？", "此前"));
        assertTrue(answers("总书记夸了四川，咱该咋回应？", "总书记这次来川"), "how we should respond: our own task");
        assertTrue(answers("对总书记的嘱托我们应该怎样回应？", "总书记这次来川"));
    }

    @Test
    void whereSomethingBeganNeedsAPassageThatSpeaksOfItsBeginning() {
        assertFalse(answers("成渝地区双城经济圈建设最早是谁提出来的？", "要进一步深化川渝"));
        assertFalse(answers("双城经济圈建设是哪一年首次提出的？", "要进一步深化川渝"));
        assertTrue(answers("成渝地区双城经济圈建设是什么？", "要进一步深化川渝"));
    }

    @Test
    void whatHappenedAfterTheMeetingNeedsAPassageThatSpeaksOfIt() {
        assertFalse(answers("会后各市州是哪天召开传达学习会议的？", "总书记这次来川"));
        assertFalse(answers("王晓晖开完会后去哪里调研了？", "要进一步深化川渝"));
        assertTrue(answers("会后要怎样深化川渝合作？", "要进一步深化川渝"), "what is to be done after it");
        assertTrue(answers("会后党员干部先干啥？", "要进一步深化川渝"), "what to do after it, colloquially");
        assertTrue(answers("三中全会后四川深化了哪些合作？", "要进一步深化川渝"), "全会后 is after another meeting");
    }

    @Test
    void punishmentsAndPastOccurrencesNeedAPassageThatSpeaksOfThem() {
        assertFalse(answers("搞形式主义、官僚主义的干部会受到什么处分？", "要进一步深化川渝"));
        assertFalse(answers("四川今年发生过哪些重大地震灾害？", "总书记这次来川"));
        assertTrue(answers("四川要防止哪些事故发生？", "总书记这次来川"), "what to prevent asks no past occurrence");
    }

    @Test
    void whatElseNeedsAPassageThatSpeaksOfOthers() {
        assertFalse(answers("会议上还有哪些省领导作了发言？", "总书记这次来川"));
        assertFalse(answers("总书记在广元还考察了哪些企业？", "总书记这次来川"));
        assertTrue(answers("还有哪些省份前来学习？", "此前"), "其他省份 speaks of others");
        assertTrue(answers("标题里“始终铭记关怀”后面还有哪两句？", "总书记这次来川"), "which lines of a text (句) asks no others");
        assertTrue(answers("广元后面还有啥？", "总书记这次来川"), "what follows in a list asks no others");
    }

    @Test
    void aWordThatHoldsAnAskedWordNamesNoAnchor() {
        assertTrue(answers("四川想把自己建成一个什么级别的创新高地？", "要进一步深化川渝"), "级别的 holds 别的");
        assertFalse(answers("还有别的省份参与川渝合作吗？", "要进一步深化川渝"));
    }

    @Test
    void anAbstentionStaysOne() {
        SearchQuestion question = new SearchQuestion("川渝合作", "川渝合作", "川渝合作", QueryTerms.EMPTY,
                SearchScope.ALL, Set.of(), false, SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(),
                List.of());
        assertFalse(PROBE.judge().judge(question, new Verdict(List.of(new Scored(1, 5.0, 0.8)), true).abstaining())
                .answered());
    }
}
