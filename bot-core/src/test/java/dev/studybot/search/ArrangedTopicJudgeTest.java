package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How something was arranged is answered only by a passage that speaks of that thing. */
class ArrangedTopicJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    在成都大运会开幕式前，总书记分别与外国元首政要举行双边会谈。

                    第二轮土地承包到期后再延长三十年试点，扩大整省试点范围。

                    对学习宣传贯彻工作进行研究部署。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new ArrangedTopicJudge(CATALOG), CATALOG);

    @Test
    void theThingArrangedMustBeSpokenOf() {
        assertFalse(PROBE.answers("大运会期间成都的交通管制是怎么安排的？", "在成都大运会开幕式前"));
        assertTrue(PROBE.answers("对农村承包地第二轮期满后的延期工作有何部署？", "第二轮土地承包"),
                "the phrase after 对 is spoken of");
        assertTrue(PROBE.answers("会议对全省学习宣传贯彻工作作了什么安排？", "对学习宣传贯彻工作"));
        assertTrue(PROBE.answers("大运会期间成都的交通管制有哪些变化？", "在成都大运会开幕式前"), "asks no arrangement");
    }

    @Test
    void theTopicIsTheHeadAndThePhraseAfter对() {
        assertEquals(List.of("交通管制"), ArrangedTopicJudge.topics("大运会期间成都的交通管制是怎么安排的"));
        assertEquals(List.of("延期工作", "农村承包地第二轮期满后的延期工作"),
                ArrangedTopicJudge.topics("2025年对农村承包地第二轮期满后的延期工作有何部署"));
        assertEquals(List.of(), ArrangedTopicJudge.topics("会议审议了哪两个文件"));
    }
}
