package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A how-to question on a concrete act is answered only by a passage that speaks of the act. */
class ProcedureJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    高质量开好领导班子专题民主生活会和基层党组织组织生活会。

                    领导班子成员要认真撰写对照检查材料，深入查摆问题。

                    符合条件的企业可以在线申报，由税务部门审核。

                    总书记在三星堆对坚定文化自信、传承中华文明念兹在兹、意蕴深长。

                    总书记在三星堆博物馆参观了青铜神树等展品。

                    将贯彻落实情况纳入督查督办工作台账。

                    各级党组织按时发放学习材料，党员凭证领取。

                    总书记多次肯定四川工作。

                    今年起企业申报的门槛提高到五十万元。

                    领导班子成员要开展批评与自我批评，红红脸、出出汗。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new ProcedureJudge(CATALOG), CATALOG);

    @Test
    void aHowToQuestionNeedsThePassageToSpeakOfTheAct() {
        assertFalse(PROBE.answers("民主生活会的对照检查材料咋写嘛？", "高质量开好"));
        assertTrue(PROBE.answers("民主生活会的对照检查材料咋写嘛？", "领导班子成员"), "撰写 is writing");
        assertFalse(PROBE.answers("企业怎么报名？", "符合条件的企业"));
        assertTrue(PROBE.answers("企业如何申报？", "符合条件的企业"));
        assertFalse(PROBE.answers("党员怎么在网上提交学习心得？", "高质量开好"), "where it is done may come between");
        assertFalse(PROBE.answers("组织生活会的会议记录要怎么报送上级？", "高质量开好"));
    }

    @Test
    void theActMayFollowWhatItIsDoneTo() {
        assertFalse(PROBE.answers("党员怎么把组织关系转到四川的党支部？", "高质量开好"));
        assertFalse(PROBE.answers("民主生活会会前要怎样征求意见、开展谈心谈话？", "高质量开好"));
        assertTrue(PROBE.answers("如何把握好民主生活会的要求？", "高质量开好"), "把握 is no 把 before an act");
    }

    @Test
    void theActMayComeBeforeTheAskingWords() {
        assertFalse(PROBE.answers("专题民主生活会会前征求意见要怎么组织？", "高质量开好"));
        assertFalse(PROBE.answers("组织生活会上批评与自我批评怎么开展？", "高质量开好"));
        assertTrue(PROBE.answers("组织生活会上批评与自我批评怎么开展？", "领导班子成员要开展批评与自我批评"));
        assertTrue(PROBE.answers("学习研讨怎么开展？", "高质量开好"), "学习 is no procedure a form asks for");
    }

    @Test
    void holdingToAccountAndWhatWasMadeKnownNeedPassagesOnThem() {
        assertFalse(PROBE.answers("发生重特大安全生产事故后对干部怎么追责？", "高质量开好"));
        assertFalse(PROBE.answers("这次整治形式主义通报了哪些典型案例？", "高质量开好"));
        assertFalse(PROBE.answers("总书记在翠云廊视察时看了哪棵有名的古柏？", "总书记在三星堆对坚定"), "哪棵 asks what was seen");
    }

    @Test
    void whatTheProcedureIsNeedsAPassageOnFormalities() {
        assertFalse(PROBE.answers("组织生活会上开展批评和自我批评的流程是怎样的？", "领导班子成员要开展批评与自我批评"));
        assertTrue(PROBE.answers("组织生活会上开展批评和自我批评有什么要求？", "领导班子成员要开展批评与自我批评"));
    }

    @Test
    void whatATemplateLooksLikeNeedsAPassageOnTemplates() {
        assertFalse(PROBE.answers("基层党组织组织生活会的会议议程模板是什么样的？", "高质量开好"));
        assertFalse(PROBE.answers("对照检查材料用什么格式？", "领导班子成员"));
        assertTrue(PROBE.answers("民主生活会要怎么开？", "高质量开好"), "no template asked for");
    }

    @Test
    void whetherSomethingChangedNeedsAPassageOnAChange() {
        assertFalse(PROBE.answers("主题教育期间党员的党费缴纳标准有没有调整？", "高质量开好"));
        assertTrue(PROBE.answers("企业申报的门槛是否有调整？", "今年起"), "a passage on raising it answers");
    }

    @Test
    void whatToPrepareNeedsAPassageOnPreparingOrMaterials() {
        assertFalse(PROBE.answers("组织生活会要准备哪些表格材料？", "高质量开好"));
        assertTrue(PROBE.answers("民主生活会要准备什么？", "领导班子成员"), "对照检查材料 are materials");
    }

    @Test
    void otherQuestionsAndGeneralActsAreLeftAlone() {
        assertTrue(PROBE.answers("民主生活会要怎么开？", "高质量开好"), "开 is no procedure a form asks for");
        assertTrue(PROBE.answers("怎么做好民主生活会？", "高质量开好"));
        assertTrue(PROBE.answers("对照检查材料写了什么？", "高质量开好"), "not a how-to question");
    }

    @Test
    void whatWasSeenNeedsAPassageOnSeeing() {
        assertFalse(PROBE.answers("总书记在三星堆看了哪些文物？", "总书记在三星堆对"));
        assertTrue(PROBE.answers("总书记在三星堆看了哪些文物？", "总书记在三星堆博物馆"));
        assertTrue(PROBE.answers("回头看啥时候搞", "总书记在三星堆对"), "看 of 回头看 asks no object");
        assertTrue(PROBE.answers("总书记在三星堆强调了什么？", "总书记在三星堆对"), "no act of seeing asked");
    }

    @Test
    void aMembersOwnErrandsNeedAPassageOnThem() {
        assertFalse(PROBE.answers("组织生活会上党员请假该怎么补课？", "高质量开好"));
        assertFalse(PROBE.answers("党费要如何交纳？", "高质量开好"));
        assertFalse(PROBE.answers("参加第一批主题教育的党员干部怎样补交党费？", "高质量开好"));
        assertTrue(PROBE.answers("领导班子成员要怎么撰写材料？", "领导班子成员"));
    }

    @Test
    void whereToFetchSomethingNeedsAPassageOnHandingItOut() {
        assertFalse(PROBE.answers("台账的填报模板从哪里领取？", "将贯彻落实情况"));
        assertTrue(PROBE.answers("学习材料去哪儿领？", "各级党组织按时发放"));
    }

    @Test
    void whatWasCriticisedOrPraisedNeedsAPassageOnIt() {
        assertFalse(PROBE.answers("总书记在会上批评了哪些问题？", "总书记多次肯定"));
        assertTrue(PROBE.answers("总书记表扬了哪些工作？", "总书记多次肯定"), "肯定 is praise");
        assertFalse(PROBE.answers("总书记表扬了哪些工作？", "高质量开好"));
    }

    @Test
    void formalitiesAskedForNeedAPassageOnFormalities() {
        assertFalse(PROBE.answers("领导班子成员请假要走什么手续？", "高质量开好"));
        assertFalse(PROBE.answers("在线申报有哪些流程？", "符合条件的企业"), "it names the act, not its steps");
        assertTrue(PROBE.answers("在线申报要注意什么？", "符合条件的企业"), "no formalities asked");
    }
}
