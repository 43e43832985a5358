package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.RichText;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

    @Test
    void matchedAndStrongWordsAreBoldMutedIsItalicAndMarkupInTheTextIsEscaped() {
        RichText text = RichText.builder().plain("a*b_c ").match("现代化").plain(" ~x~ |y| `z` # h\n- item\n")
                .strong("标题").newline().muted("来源").build();
        assertEquals("a\\*b\\_c **现代化** \\~x\\~ \\|y\\| \\`z\\` \\# h\n\\- item\n**标题**\n*来源*",
                DiscordMarkdown.render(text));
    }

    @Test
    void boldNeverSpansLinesOrEdgeSpaces() {
        RichText text = RichText.builder().match(" 一 \n二").build();
        assertEquals(" **一** \n**二**", DiscordMarkdown.render(text));
    }

    @Test
    void longTextIsSplitAfterSentenceEndsWithinTheLimit() {
        String sentence = "这是一个完整的句子。";
        RichText.Builder builder = RichText.builder();
        for (int i = 0; i < 30; i++) {
            builder.plain(sentence.substring(0, 3)).match(sentence.substring(3, 5)).plain(sentence.substring(5));
        }
        List<RichText> pieces = DiscordMarkdown.split(builder.build(), 60);
        assertTrue(pieces.size() > 1);
        StringBuilder joined = new StringBuilder();
        for (RichText piece : pieces) {
            String markdown = DiscordMarkdown.render(piece);
            assertTrue(markdown.length() <= 60, markdown);
            assertTrue(markdown.endsWith("。"), "cut between sentences: " + markdown);
            assertEquals(0, count(markdown, "**") % 2, "balanced bold: " + markdown);
            joined.append(piece.plainText());
        }
        assertEquals(sentence.repeat(30), joined.toString());
    }

    @Test
    void aSentenceLongerThanTheLimitIsCutInsideWithBalancedMarkup() {
        RichText text = RichText.builder().match("长".repeat(50)).plain("尾。").build();
        List<RichText> pieces = DiscordMarkdown.split(text, 20);
        StringBuilder joined = new StringBuilder();
        for (RichText piece : pieces) {
            String markdown = DiscordMarkdown.render(piece);
            assertTrue(markdown.length() <= 20, markdown);
            assertEquals(0, count(markdown, "**") % 2, markdown);
            joined.append(piece.plainText());
        }
        assertEquals("长".repeat(50) + "尾。", joined.toString());
    }

    @Test
    void shortTextIsOnePiece() {
        assertEquals(1, DiscordMarkdown.split(RichText.plain("你好。世界。"), 4096).size());
        assertEquals(0, DiscordMarkdown.split(RichText.plain(" \n "), 4096).size());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
