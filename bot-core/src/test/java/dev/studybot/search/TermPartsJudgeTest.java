package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TermPartsJudge}: a question asking what a named term consists of needs a passage that spells it out. */
class TermPartsJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(List.of(
            new DocumentParser().parse("report.txt", """
                    会议报告

                    要深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，始终铭记关怀、不负重托、感恩奋进。

                    “两个确立”，即确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。

                    我国经济建设的战略部署大体分三步走。第一步，实现国民生产总值比一九八〇年翻一番。

                    努力在提高科技创新能力、建设现代化产业体系、推进乡村振兴等方面实现新突破。

                    总书记同外国元首政要举行双边会谈，多次介绍四川情况、多次肯定四川工作。

                    总书记在座谈会上介绍了四川的情况：一是经济稳中向好，二是民生持续改善。

                    要在筑牢长江黄河上游生态屏障上持续发力，坚持山水林田湖草沙一体化保护和系统治理。

                    要充分发挥科教大省优势，坚持一手抓科技创新，一手抓科技成果转化，加快打造科技创新中心。

                    要坚决打好蓝天、碧水、净土保卫战，加快建设美丽四川。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new TermPartsJudge(CATALOG), CATALOG);

    private static boolean answers(String asked, String passageStart) {
        return PROBE.answers(asked, passageStart);
    }

    @Test
    void aTermSpelledOutWhereItIsNamedOrCountedAnswers() {
        assertTrue(answers("两个确立是哪两个来着？", "“两个确立”，即"));
        assertTrue(answers("三步走到底是哪三步", "我国经济建设"), "第一步 counts the parts");
        assertTrue(answers("三个保卫战是哪三个？", "要坚决打好"), "a slogan's items listed before its key word");
        assertTrue(answers("要打的保卫战是哪几个？", "要坚决打好"), "a list whose last item the term ends");
        assertFalse(answers("乡村振兴具体是指什么？", "努力在提高"), "a list the term closes (…、推进乡村振兴等方面)");
    }

    @Test
    void partsOfTheKindAskedNamedRightBeforeTheTermSpellItOut() {
        assertTrue(answers("生态屏障说的是哪两条河啊", "要在筑牢"), "长江黄河上游生态屏障");
        assertTrue(answers("生态屏障说的是哪两条江河？", "要在筑牢"));
        assertTrue(answers("四川在生态保护上承担的是哪两条大河的屏障责任？", "要在筑牢"), "the term after the kind: 屏障");
        assertFalse(answers("生态屏障是哪两个省份？", "要在筑牢"), "no province named before it");
        assertEquals("河", TermPartsJudge.kindOfParts("河啊"));
        assertEquals("", TermPartsJudge.kindOfParts(""));
    }

    @Test
    void theTwoSidesOfASetPhraseAreItsParts() {
        assertTrue(answers("科技方面要两条腿走路，指的是哪两件事？", "要充分发挥"), "一手抓…一手抓");
        assertTrue(TermPartsJudge.spelledOut("改革", "一方面要深化改革，另一方面要扩大开放。"));
        assertFalse(TermPartsJudge.spelledOut("科技", "要充分发挥科教大省优势，一手抓科技创新。"), "one side is no pair");
    }

    @Test
    void whatEachPartMeansIsAskedToo() {
        assertFalse(answers("“两个确立”和“两个维护”分别指什么？", "要深刻领悟"));
        assertTrue(answers("“两个确立”分别是什么？", "“两个确立”，即"));
    }

    @Test
    void aTermThatIsAnItemOfAListIsNotSpelledOutByIt() {
        assertFalse(answers("现代化产业体系包括哪几大支柱产业？", "努力在提高"));
    }

    @Test
    void whatWasSaidInDetailAtAnOccasionThePassageOnlyNamesIsNotAnswered() {
        assertFalse(answers("总书记在双边会谈中具体介绍了四川哪些情况？", "总书记同外国元首"));
        assertTrue(answers("总书记在座谈会上具体介绍了四川哪些情况？", "总书记在座谈会上"), "一是, 二是 count them");
        assertTrue(answers("总书记在双边会谈中介绍了什么？", "总书记同外国元首"), "not asked in detail");
    }

    @Test
    void otherQuestionsAreLeftAlone() {
        assertTrue(answers("推动高质量发展要在哪些方面实现新突破？", "努力在提高"));
        assertTrue(answers("要深刻领悟什么的决定性意义？", "要深刻领悟"));
    }

    @Test
    void theTermIsTheLongestStretchThePassageHolds() {
        assertEquals("一极一源、两中心两地", TermPartsJudge.longestHeld("「一极一源、两中心两地」中的「两地」",
                "锚定“一极一源、两中心两地”目标定位，进一步深化川渝全方位合作"));
    }
}
