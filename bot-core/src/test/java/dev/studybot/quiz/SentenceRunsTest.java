package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tasks a paragraph lays out one sentence each are asked together, said of who acts in all of them. */
class SentenceRunsTest {

    private static final List<FactFinder.Raw> PARAGRAPH = List.of(
            new FactFinder.Raw(6, "各地各部门要切实加强组织领导，及时组织党员干部开展学习研讨。", "会议指出"),
            new FactFinder.Raw(6, "要深化问题研究，聚焦总书记对四川赋予的时代使命。", "会议指出"),
            new FactFinder.Raw(6, "要加强督促检查，进一步强化跟踪问效。", "会议指出"));

    @Test
    void aRunOfTasksIsOneListWithItsQuestionSaidOfWhoActsWithoutTheFirstSentencesAdverb() {
        String text = String.join("", PARAGRAPH.stream().map(FactFinder.Raw::text).toList());
        List<SentenceRuns.Run> runs = new SentenceRuns(new Lexicon()).find(PARAGRAPH, text);
        assertEquals(1, runs.size(), runs.toString());
        Fact fact = runs.get(0).fact();
        assertEquals(List.of("加强组织领导", "深化问题研究", "加强督促检查"), fact.enumeration().items());
        // Seed 347's reader: 各地各部门要切实（ ） reads as if 切实 went with every task.
        assertEquals("会议指出，各地各部门要（ ）。", fact.question());
        assertFalse(fact.wrong().isEmpty());
    }

    @Test
    void theTasksAreSaidWithWhatTheyAreForWhenTheSentenceBeforeOpensWithIt() {
        List<FactFinder.Raw> paragraph = new java.util.ArrayList<>(List.of(new FactFinder.Raw(6,
                "会议指出，学习宣传贯彻习近平总书记来川视察重要指示精神，是当前和今后一个时期全省的重要政治任务。", "会议指出")));
        paragraph.addAll(PARAGRAPH);
        String text = String.join("", paragraph.stream().map(FactFinder.Raw::text).toList());
        Fact fact = new SentenceRuns(new Lexicon()).find(paragraph, text).get(0).fact();
        // Three round-8 readers: 各地各部门要（ ） alone leaves 加强队伍建设 as sensible as the tasks.
        assertEquals("会议指出，为学习宣传贯彻习近平总书记来川视察重要指示精神，各地各部门要（ ）。", fact.question());
        assertEquals("", SentenceRuns.purpose("会议指出，要深化问题研究，聚焦重大问题。", "会议指出"), "no topic of the next");
    }
}
