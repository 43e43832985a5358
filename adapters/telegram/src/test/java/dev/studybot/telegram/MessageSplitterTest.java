package dev.studybot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.RichText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting long replies for Telegram's 4096-character limit. */
class MessageSplitterTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void shortTextIsOnePiece() {
        RichText text = RichText.plain("一句话。");
        assertEquals(List.of(text), new MessageSplitter(renderer, 4096).split(text));
    }

    @Test
    void piecesEndAtSentencesEvenWithABoldWordInside() {
        RichText text = RichText.builder().plain("第一句有").match("重点").plain("词。第二句也有").match("重点")
                .plain("词！第三句。").build();
        List<RichText> pieces = new MessageSplitter(renderer, 19).split(text);
        assertEquals(List.of("第一句有重点词。", "第二句也有重点词！", "第三句。"),
                pieces.stream().map(RichText::plainText).toList());
        assertEquals("第一句有<b>重点</b>词。", renderer.render(pieces.getFirst()));
    }

    @Test
    void aSentenceLongerThanAMessageIsCutBetweenCharactersNeverInsideATagOrAnEscape() {
        RichText text = RichText.builder().match("&".repeat(40)).plain("😀".repeat(30)).build();
        List<RichText> pieces = new MessageSplitter(renderer, 50).split(text);
        StringBuilder plain = new StringBuilder();
        for (RichText piece : pieces) {
            String html = renderer.render(piece);
            assertTrue(html.length() <= 50, html);
            assertEquals(count(html, "<b>"), count(html, "</b>"), html);
            assertTrue(html.replace("&amp;", "").indexOf('&') < 0, "no cut escape: " + html);
            plain.append(piece.plainText());
        }
        assertEquals(text.plainText(), plain.toString());
    }

    @Test
    void blankPiecesAreDropped() {
        RichText text = RichText.plain("甲".repeat(20) + "。\n\n\n\n" + "乙".repeat(20) + "。");
        List<RichText> pieces = new MessageSplitter(renderer, 22).split(text);
        assertTrue(pieces.stream().noneMatch(p -> p.plainText().isBlank()));
        assertEquals(2, pieces.size());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
