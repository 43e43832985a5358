package dev.studybot.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cleaning, splitting and ids of documents, on small texts with the debris real files have. */
class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void titleIsTheFirstLineAndIdComesFromTheFileName() {
        Document document = parser.parse("Sichuan Committee 2023-07-29.txt", "标题一行\n\n第一段。\n\n第二段。\n");
        assertEquals("sichuan-committee-2023-07-29", document.id());
        assertEquals("标题一行", document.title());
        assertEquals(List.of("第一段。", "第二段。"), document.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(2, document.paragraphs().get(1).number());
    }

    @Test
    void headlinesRightUnderTheTitleAreItsSubtitleNotBodyText() {
        Document document = parser.parse("a.txt",
                "[bookmark: _GoBack]会议召开\n始终铭记关怀\n以新担当新作为谱写新篇章\n\n7月29日，会议召开。\n会议指出，要抓好落实。\n");
        assertEquals("会议召开", document.title());
        assertEquals(List.of("始终铭记关怀", "以新担当新作为谱写新篇章"), document.subtitle());
        assertEquals("会议召开——始终铭记关怀 以新担当新作为谱写新篇章", document.fullTitle());
        assertEquals(List.of("7月29日，会议召开。", "会议指出，要抓好落实。"),
                document.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aTitleWithoutHeadlinesHasNoSubtitle() {
        // A blank line under the title (the library's documents), a sentence right under it, a heading block that
        // runs into the body without a blank line: none of them is a subtitle.
        for (String raw : List.of("报告\n\n一、总体要求\n\n各位代表：\n",
                "报告\n会议指出，要抓好落实。\n\n第二段。\n",
                "报告\n一、总体要求\n会议指出，要抓好落实。\n")) {
            Document document = parser.parse("a.txt", raw);
            assertEquals(List.of(), document.subtitle(), raw);
            assertEquals("报告", document.fullTitle());
            assertFalse(document.paragraphs().isEmpty(), raw);
        }
    }

    @Test
    void removesWordBookmarksAndFullWidthSpaces() {
        Document document = parser.parse("a.txt", "题目\n[bookmark: _GoBack]会议强调，　要抓好落实。\n习　近　平\n");
        assertEquals("会议强调，要抓好落实。", document.paragraph(1).text());
        assertEquals("习近平", document.paragraph(2).text());
    }

    @Test
    void joinsWikisourceLinesBrokenAroundLinkedTerms() {
        String raw = """
                题目

                十九大以来的五年，党中央统筹中华民族伟大复兴战略全局和世界百年未有之大变局，召开七次全会，制定
                “十四五”规划和二〇三五年远景目标
                ，全面总结党的百年奋斗重大成就。

                下一段。
                """;
        Document document = parser.parse("a.txt", raw);
        assertEquals(2, document.paragraphs().size());
        assertTrue(document.paragraph(1).text().contains("制定“十四五”规划和二〇三五年远景目标，全面总结"));
    }

    @Test
    void headingsStayParagraphsOfTheirOwn() {
        Document document = parser.parse("a.txt", "题目\n一、总体要求\n会议指出，要深入学习。\n");
        assertEquals(List.of("一、总体要求", "会议指出，要深入学习。"),
                document.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aLineThatLeadsIntoTheNextIsJoinedToItButASalutationIsNot() {
        Document document = parser.parse("a.txt", "题目\n各位代表：\n现在，我代表国务院作报告。\n大会的主题是：\n高举伟大旗帜，团结奋斗。\n"
                + "会议提出以下要求：\n");
        assertEquals(List.of("各位代表：", "现在，我代表国务院作报告。", "大会的主题是：高举伟大旗帜，团结奋斗。",
                        "会议提出以下要求："),
                document.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aLongSentenceEndingInAColonStaysItsOwnParagraph() {
        String intro = "过去五年，我们在丰富实践中积累了许多宝贵经验，认识不断深化，体会更加深刻，归纳起来主要体会是如下几个方面，必须长期坚持并不断发展：";
        Document document = parser.parse("a.txt", "题目\n" + intro + "\n第一，坚持党的领导。\n");
        assertEquals(2, document.paragraphs().size());
    }

    @Test
    void dropsTheWikisourceLicenceFooter() {
        String raw = "题目\n\n正文一句。\n\n本作品来自1949年10月1日（含）之后的中国共产党文件。\n公有领域\n。\nPublic domain\nfalse\n";
        Document document = parser.parse("a.txt", raw);
        assertEquals(List.of("正文一句。"), document.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void splitsSentencesKeepingClosingQuotes() {
        List<String> sentences = new SentenceSplitter().split("他说：“要学习。”我们照办！还有吗？最后一句");
        assertEquals(List.of("他说：“要学习。”", "我们照办！", "还有吗？", "最后一句"), sentences);
    }

    @Test
    void passagesAreWholeSentencesOfAtMost300CharactersNeverStartingWithPunctuation() {
        String longSentence = ("推动高质量发展，建设现代化产业体系；").repeat(30) + "。";
        Document document = parser.parse("a.txt", "题目\n第一句很短。" + longSentence + "\n");
        List<Passage> passages = new PassageSplitter().passages(document);
        assertTrue(passages.size() >= 2, "a 577-character paragraph needs at least two passages");
        for (Passage passage : passages) {
            assertTrue(passage.text().length() <= PassageSplitter.MAX_CHARS, passage.text());
            assertTrue(Character.isLetterOrDigit(passage.text().codePointAt(0)), passage.text());
            assertFalse(passage.text().contains("[bookmark"));
        }
        assertEquals("第一句很短。" + longSentence,
                String.join("", passages.stream().map(Passage::text).toList()), "nothing lost, nothing repeated");
        assertTrue(passages.get(0).text().startsWith("第一句很短。"));
    }

    @Test
    void theBundledReportIsTheSichuanReportWithItsTitleSubtitleAndSixParagraphs() {
        List<Document> bundled = new LibraryLoader().bundled();
        assertEquals(List.of("sichuan-committee-2023-07-29"), bundled.stream().map(Document::id).toList(),
                "seeds/ holds the report alone");
        Document report = bundled.get(0);
        assertEquals("省委常委会召开（扩大）会议专题传达学习习近平总书记来川视察重要指示精神", report.title(),
                "the Word bookmark before the title is gone");
        assertEquals(List.of("始终铭记关怀不负重托感恩奋进", "以新担当新作为奋力谱写中国式现代化四川新篇章"),
                report.subtitle());
        assertEquals(6, report.paragraphs().size(), "the headlines are not body text");
        assertTrue(report.paragraph(1).text().startsWith("7月29日下午，省委常委会召开（扩大）会议"));
        assertTrue(report.paragraph(6).text().endsWith("确保总书记重要指示精神在四川不折不扣落地落实。"));
        Passage headline = new PassageSplitter().headline(report).orElseThrow();
        assertEquals(Passage.HEADLINE, headline.paragraph());
        assertEquals("始终铭记关怀不负重托感恩奋进 以新担当新作为奋力谱写中国式现代化四川新篇章", headline.text());
        for (Passage passage : new PassageSplitter().passages(report)) {
            assertTrue(Character.isLetterOrDigit(passage.text().codePointAt(0))
                    || "“‘「『（《(".indexOf(passage.text().charAt(0)) >= 0, passage.text());
        }
    }
}
