package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A definition question on a modified noun is answered by the passage that holds the noun, not its modifier. */
class DefinedHeadJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    要把总书记的勉励转化为动力，努力把四川工作做得更好，四川工作要有新气象。

                    坚持把成渝地区双城经济圈建设作为总牵引，进一步深化川渝合作。

                    总书记考察了三星堆，重点了解文物保护情况。

                    总书记考察了翠云廊，重点了解古树保护情况。
                    """))));
    private static final JudgeProbe PROBE = new JudgeProbe(new DefinedHeadJudge(CATALOG), CATALOG);

    @Test
    void theHeadNounIsAfterTheLast的OfADefinitionSubject() {
        assertEquals("总牵引", DefinedHeadJudge.head("四川工作的总牵引是啥？"));
        assertNull(DefinedHeadJudge.head("总牵引是啥？"), "no modifier");
        assertNull(DefinedHeadJudge.head("四川工作的总牵引在哪里？"), "not a definition question");
    }

    @Test
    void thePassageHoldingTheHeadIsShownFirstKeepingTheAnswer() {
        Verdict verdict = PROBE.rank("四川工作的总牵引是啥？", true, "要把总书记的勉励", "坚持把成渝地区", "总书记考察了三星堆");
        assertTrue(PROBE.firstText(verdict).startsWith("坚持把成渝地区"));
        assertTrue(verdict.answered());
        assertFalse(PROBE.rank("四川工作的总牵引是啥？", false, "要把总书记的勉励", "坚持把成渝地区").answered(),
                "an abstention stays one");
    }

    @Test
    void aHeadTheDocumentsUseInSeveralPassagesMovesNothing() {
        Verdict verdict = PROBE.rank("总书记考察时关心的重点是什么？", true, "要把总书记的勉励", "总书记考察了三星堆");
        assertTrue(PROBE.firstText(verdict).startsWith("要把总书记的勉励"));
    }
}
