package dev.studybot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A question asking which of two things is answered only by a passage that names one of them. */
class AlternativeJudgeTest {

    private static final PassageCatalog CATALOG = PassageCatalog.of(new DocumentLibrary(
            List.of(new DocumentParser().parse("report.txt", """
                    一份报告

                    总书记来川视察，先后来到广元、德阳、成都等地，深入考察调研。

                    7月29日下午，省委常委会召开（扩大）会议，专题传达学习总书记来川视察重要指示精神。

                    要坚持房子是用来住的、不是用来炒的定位。

                    要加强督促检查，确保落地落实。
                    """))));
    private static final AlternativeJudge JUDGE = new AlternativeJudge(CATALOG);
    private static final JudgeProbe PROBE = new JudgeProbe(JUDGE, CATALOG);

    @Test
    void aPassageNamingNeitherThingDoesNotAnswer() {
        Verdict verdict = PROBE.rank("总书记这次是坐飞机还是高铁来的四川？",
                List.of("总书记", "这次", "坐飞机", "还是", "高铁", "来", "四川"), true, "总书记来川视察", "7月29日下午");
        assertFalse(verdict.answered());
    }

    @Test
    void thePassageNamingOneOfThemAnswersAndComesFirst() {
        assertTrue(PROBE.rank("房子到底是拿来住还是拿来炒的？", List.of("房子", "拿来", "住", "还是", "拿来", "炒"), true,
                "要坚持房子").answered());
        List<String> words = List.of("开会", "上午", "还是", "下午");
        Verdict moved = JUDGE.judge(question("哪天开的会？上午还是下午", words),
                ranked(0.5, "总书记来川视察", "7月29日下午"));
        assertTrue(moved.answered());
        assertTrue(CATALOG.passage(moved.first().number()).text().startsWith("7月29日下午"), "the second names 下午");
        assertFalse(JUDGE.judge(question("哪天开的会？上午还是下午", words), ranked(0.3, "总书记来川视察", "7月29日下午"))
                .answered(), "the model's floor for a passage moved up");
        assertFalse(JUDGE.judge(question("哪天开的会？上午还是下午", words),
                ranked(0.5, "总书记来川视察", "要坚持房子", "要加强督促", "7月29日下午")).answered(),
                "only the leading three are read");
    }

    @Test
    void stillAndHadBetterAskNoChoiceAndAnAbstentionStaysOne() {
        assertEquals(Optional.empty(), AlternativeJudge.choices(question("主题教育还是要坚持问题导向吗？",
                List.of("主题", "教育", "还是", "坚持", "问题", "导向"))));
        assertEquals(Optional.of(List.of("坐飞机", "高铁")), AlternativeJudge.choices(question(
                "是坐飞机还是高铁来的？", List.of("坐飞机", "还是", "高铁", "来"))));
        assertTrue(PROBE.rank("主题教育还是要坚持问题导向吗？", List.of("主题", "教育", "还是", "坚持"), true,
                "总书记来川视察").answered());
        assertFalse(PROBE.rank("哪天开的会？上午还是下午", List.of("开会", "上午", "还是", "下午"), false,
                "7月29日下午").answered());
    }

    /** An answered ranking of the passages starting so, each at this similarity and a little coverage. */
    private static Verdict ranked(double cosine, String... passageStarts) {
        List<Scored> ranked = new ArrayList<>();
        for (String start : passageStarts) {
            int number = IntStream.range(0, CATALOG.passages().size())
                    .filter(i -> CATALOG.passage(i).text().startsWith(start)).findFirst().orElseThrow();
            ranked.add(new Scored(number, 5.0 - ranked.size(), 0.3, OptionalDouble.of(cosine)));
        }
        return new Verdict(ranked, true);
    }

    private static SearchQuestion question(String asked, List<String> words) {
        return new SearchQuestion(asked, asked, asked, new QueryTerms(words, List.of(), List.of()), SearchScope.ALL,
                Set.of(), false, SearchResult.NamedDocuments.NONE, Optional.empty(), List.of(), List.of());
    }
}
