package dev.studybot.telegram;

import dev.studybot.chat.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts rich text into pieces that each fit one Telegram message (4096 characters). It cuts between sentences, and
 * splits the rich text itself rather than rendered HTML, so a tag is never cut in two; a single sentence longer
 * than a message is cut between characters. Lengths are measured on the rendered HTML, which is never shorter than
 * what Telegram counts, so every piece is accepted.
 */
final class MessageSplitter {

    /** Telegram's limit on a message's text. */
    static final int TELEGRAM_LIMIT = 4096;

    /** After a sentence's end mark (Chinese or Western) or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；…!?;\\n])|(?<=[.] )");

    private final HtmlRenderer renderer;
    private final int limit;

    MessageSplitter(HtmlRenderer renderer, int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        this.renderer = renderer;
        this.limit = limit;
    }

    /** The text in pieces of at most the limit once rendered; text that fits is one piece. Blank pieces dropped. */
    List<RichText> split(RichText text) {
        if (renderer.render(text).length() <= limit) {
            return List.of(text);
        }
        List<RichText> pieces = new ArrayList<>();
        RichText.Builder current = RichText.builder();
        int currentLength = 0;
        for (RichText.Segment unit : units(text)) {
            int length = renderer.renderedLength(unit.text(), unit.style());
            if (currentLength + length > limit && !current.isEmpty()) {
                addIfNotBlank(pieces, current.build());
                current = RichText.builder();
                currentLength = 0;
            }
            current.add(unit.text(), unit.style());
            currentLength += length;
        }
        addIfNotBlank(pieces, current.build());
        return pieces;
    }

    /** Sentences, each short enough to fit a message alone. */
    private List<RichText.Segment> units(RichText text) {
        List<RichText.Segment> units = new ArrayList<>();
        for (RichText.Segment segment : text.segments()) {
            for (String sentence : SENTENCE_END.split(segment.text())) {
                if (renderer.renderedLength(sentence, segment.style()) <= limit) {
                    units.add(new RichText.Segment(sentence, segment.style()));
                } else {
                    cutLongSentence(sentence, segment.style(), units);
                }
            }
        }
        return units;
    }

    /** Cuts between code points (never inside a surrogate pair), each slice fitting alone. */
    private void cutLongSentence(String sentence, RichText.Style style, List<RichText.Segment> units) {
        int start = 0;
        int length = renderer.renderedLength("", style);
        for (int i = 0; i < sentence.length(); ) {
            int end = sentence.offsetByCodePoints(i, 1);
            int added = HtmlRenderer.escape(sentence.substring(i, end)).length();
            if (length + added > limit) {
                units.add(new RichText.Segment(sentence.substring(start, i), style));
                start = i;
                length = renderer.renderedLength("", style);
            }
            length += added;
            i = end;
        }
        if (start < sentence.length()) {
            units.add(new RichText.Segment(sentence.substring(start), style));
        }
    }

    private static void addIfNotBlank(List<RichText> pieces, RichText piece) {
        if (!piece.plainText().isBlank()) {
            pieces.add(piece);
        }
    }
}
