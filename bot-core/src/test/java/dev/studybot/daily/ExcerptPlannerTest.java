package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import dev.studybot.testing.SharedLibrary;
import dev.studybot.store.ReadingPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reading plan of a long report (the 20th Party Congress's): coverage, order, lengths, headings. */
class ExcerptPlannerTest {

    private static Document report;
    private static List<Excerpt> excerpts;

    @BeforeAll
    static void load() {
        report = SharedLibrary.document("cpc-congress-20");
        excerpts = new ExcerptPlanner().excerpts(report);
    }

    @Test
    void coversEveryBodySentenceExactlyOnceInOrder() {
        List<ExcerptPlanner.Sentence> body = ExcerptPlanner.bodySentences(report);
        String expected = body.stream().map(ExcerptPlanner.Sentence::text).collect(Collectors.joining());
        String actual = excerpts.stream().map(e -> String.join("", e.paragraphs())).collect(Collectors.joining());
        assertEquals(expected, actual);
        assertEquals(body.size(), excerpts.stream().mapToInt(Excerpt::sentences).sum());
        int previousLast = 0;
        for (int i = 0; i < excerpts.size(); i++) {
            Excerpt e = excerpts.get(i);
            assertEquals(i + 1, e.part());
            assertEquals(excerpts.size(), e.parts());
            assertTrue(e.firstParagraph() >= previousLast, "paragraphs go forward");
            previousLast = e.lastParagraph();
        }
        assertTrue(excerpts.size() > 80 && excerpts.size() < 200, "excerpts: " + excerpts.size());
    }

    @Test
    void keepsLengthsWithinBoundsAndNeverCutsASentence() {
        List<ExcerptPlanner.Sentence> body = ExcerptPlanner.bodySentences(report);
        int cursor = 0;
        for (int i = 0; i < excerpts.size(); i++) {
            Excerpt e = excerpts.get(i);
            List<String> own = body.subList(cursor, cursor + e.sentences()).stream()
                    .map(ExcerptPlanner.Sentence::text).toList();
            cursor += e.sentences();
            assertTrue(String.join("\n", e.paragraphs()).replace("\n", "").equals(String.join("", own)));
            if (e.length() > ExcerptPlanner.MAX_CHARS) {
                assertEquals(1, e.sentences(), "only a single long sentence may exceed the maximum: " + e);
            }
            if (e.length() < ExcerptPlanner.MIN_CHARS) {
                // Allowed only when boxed in: joining either neighbour would exceed the maximum.
                int before = i > 0 ? excerpts.get(i - 1).length() : Integer.MAX_VALUE / 2;
                int after = i + 1 < excerpts.size() ? excerpts.get(i + 1).length() : Integer.MAX_VALUE / 2;
                assertTrue(e.length() + lastSentence(body, cursor - e.sentences() - 1) > ExcerptPlanner.MAX_CHARS
                                && e.length() + firstSentence(body, cursor) > ExcerptPlanner.MAX_CHARS,
                        "short excerpt that could have been joined: " + e + " " + before + " " + after);
            }
        }
        long shortOnes = excerpts.stream().filter(e -> e.length() < ExcerptPlanner.MIN_CHARS).count();
        assertTrue(shortOnes <= 1, "short excerpts: " + shortOnes);
    }

    private static int lastSentence(List<ExcerptPlanner.Sentence> body, int index) {
        return index < 0 ? Integer.MAX_VALUE / 2 : body.get(index).text().length();
    }

    private static int firstSentence(List<ExcerptPlanner.Sentence> body, int index) {
        return index >= body.size() ? Integer.MAX_VALUE / 2 : body.get(index).text().length();
    }

    @Test
    void leavesTitlesHeadingsAndDebrisOut() {
        String all = excerpts.stream().map(Excerpt::text).collect(Collectors.joining("\n"));
        for (String line : all.split("\n")) {
            assertFalse(line.startsWith("一、") || line.startsWith("十五、"), line);
            assertFalse(line.equals("同志们："), line);
        }
        assertFalse(all.contains("（2022年10月16日）"));
        assertFalse(all.contains("习 近 平"));
        assertFalse(all.contains("——在中国共产党第二十次全国代表大会上的报告"));
        assertFalse(all.contains("过去五年的工作和新时代十年的伟大变革"));
        assertTrue(excerpts.get(0).text().startsWith("现在，我代表第十九届中央委员会向大会作报告。"));
        assertTrue(all.contains("（一）构建高水平社会主义市场经济体制。"), "lead sentences of body paragraphs stay");
    }

    @Test
    void aCycleReadsTheWholeReportOnceThenStartsAgain() {
        DocumentLibrary library = new DocumentLibrary(List.of(report));
        ReadingPlan plan = new ReadingPlan(library, new ExcerptPlanner());
        ReadingPosition position = ReadingPosition.START;
        List<String> seen = new ArrayList<>();
        for (int day = 0; day < excerpts.size(); day++) {
            ReadingPlan.Step step = plan.next(position, Set.of()).orElseThrow();
            assertEquals(1, step.at().cycle());
            seen.add(step.excerpt().text());
            position = step.after();
        }
        assertEquals(excerpts.stream().map(Excerpt::text).toList(), seen);
        ReadingPlan.Step again = plan.next(position, Set.of()).orElseThrow();
        assertEquals(2, again.at().cycle());
        assertEquals(1, again.excerpt().part());
    }

    @Test
    void singleLongSentenceStandsAlone() {
        String longSentence = "这是一个很长的句子，" + "它一直延续下去，".repeat(60) + "最后结束。";
        Document doc = new DocumentParser().parse("long.txt", "标题\n\n" + "第一句话比较短。" + longSentence
                + "\n\n" + "后面还有一段普通的文字，用来组成下一篇，" + "内容平实而完整，".repeat(10) + "到此为止。");
        List<Excerpt> planned = new ExcerptPlanner().excerpts(doc);
        assertTrue(planned.stream().anyMatch(e -> e.text().equals(longSentence) && e.sentences() == 1),
                planned.toString());
    }
}
