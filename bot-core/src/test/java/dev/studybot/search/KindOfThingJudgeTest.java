package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What kind or level of a thing is answered by a first passage that names the thing with a modifier. */
class KindOfThingJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    坚持一手抓科技创新，一手抓科技成果转化，加快打造具有全国影响力的科技创新中心。

                    要推动成渝地区双城经济圈建设，建设中心城市。

                    要及时组织党员干部开展学习研讨。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new KindOfThingJudge(CATALOG), CATALOG);

    @Test
    void aFirstPassageNamingTheThingWithAModifierAnswers() {
        Verdict verdict = PROBE.rank("四川在科技上要建成一个什么级别的中心？", false, "坚持一手抓", "要及时组织");
        assertTrue(verdict.answered());
        assertTrue(PROBE.firstText(verdict).startsWith("坚持一手抓"));
        assertTrue(PROBE.rank("四川要建成怎样的中心", false, "坚持一手抓").answered());
    }

    @Test
    void theThingWithoutAModifierOrFurtherDownAnswersNothing() {
        assertFalse(PROBE.rank("四川要建成什么级别的中心？", false, "要推动成渝地区").answered(),
                "建设中心城市: the thing with no 的 before it");
        Verdict second = PROBE.rank("四川要有什么级别的中心？", false, "要及时组织", "坚持一手抓");
        assertFalse(second.answered(), "only the first passage is read for a thing not to be built");
        assertTrue(PROBE.firstText(second).startsWith("要及时组织"));
        assertTrue(KindOfThingJudge.modifies("加快打造具有全国影响力的科技创新中心", "中心"));
        assertFalse(KindOfThingJudge.modifies("影响力的，科技创新中心", "中心"), "the 的 in another clause");
    }

    @Test
    void aThingToBeBuiltIsTheFirstLeadingPassageNamingItWithAModifier() {
        Verdict verdict = PROBE.rank("四川想建成个啥中心？", false, "要及时组织", "要推动成渝地区", "坚持一手抓");
        assertTrue(verdict.answered());
        assertTrue(PROBE.firstText(verdict).startsWith("坚持一手抓"), "not 建设中心城市, with no 的 before it");
        assertFalse(PROBE.rank("四川想建成个啥中心？", false, "要及时组织", "要推动成渝地区").answered(),
                "no passage names it with a modifier");
        assertFalse(PROBE.rank("四川想要什么中心？", false, "要及时组织", "坚持一手抓").answered(), "nothing to be built");
    }

    @Test
    void aKindOfGoalToBeBuiltIsTheFirstLeadingPassageNamingAGoalWithTheQuestionsWord() {
        Verdict verdict = PROBE.rank("在科研方面四川想建成一个什么级别的创新高地？", List.of("科研", "四川", "建成", "级别", "创新",
                "高地"), false, "要及时组织", "要推动成渝地区", "坚持一手抓");
        assertTrue(verdict.answered());
        assertTrue(PROBE.firstText(verdict).startsWith("坚持一手抓"), "科技创新中心 holds 创新; the documents' 中心 for 高地");
        Verdict standing = PROBE.rank("四川要建成什么样的地位？", List.of("四川", "建成", "地位"), false, "要及时组织",
                "坚持一手抓");
        assertTrue(PROBE.firstText(standing).startsWith("要及时组织"), "a standing is no goal: the first only");
        assertFalse(PROBE.rank("四川要建成一个什么级别的开放高地？", List.of("四川", "建成", "级别", "开放", "高地"), false,
                "要及时组织", "坚持一手抓").answered(), "no goal holding 开放");
    }
}
