package dev.studybot.telegram;

import dev.studybot.chat.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
        for (List<RichText.Segment> sentence : fitting(sentences(text))) {
            int length = sentence.stream().mapToInt(s -> renderer.renderedLength(s.text(), s.style())).sum();
            if (currentLength + length > limit && !current.isEmpty()) {
                addIfNotBlank(pieces, current.build());
                current = RichText.builder();
                currentLength = 0;
            }
            for (RichText.Segment segment : sentence) {
                current.add(segment.text(), segment.style());
            }
            currentLength += length;
        }
        addIfNotBlank(pieces, current.build());
        return pieces;
    }

    /** The sentences of the text; a sentence may span several styles (a bold word inside it). */
    private static List<List<RichText.Segment>> sentences(RichText text) {
        List<List<RichText.Segment>> sentences = new ArrayList<>();
        List<RichText.Segment> sentence = new ArrayList<>();
        for (RichText.Segment segment : text.segments()) {
            Matcher end = SENTENCE_END.matcher(segment.text());
            int at = 0;
            while (end.find()) {
                if (end.start() > at) {
                    sentence.add(new RichText.Segment(segment.text().substring(at, end.start()), segment.style()));
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
                at = end.start();
            }
            if (at < segment.text().length()) {
                sentence.add(new RichText.Segment(segment.text().substring(at), segment.style()));
            }
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        return sentences;
    }

    /** The sentences, each longer than a message cut between its segments and, if need be, its characters. */
    private List<List<RichText.Segment>> fitting(List<List<RichText.Segment>> sentences) {
        List<List<RichText.Segment>> units = new ArrayList<>();
        for (List<RichText.Segment> sentence : sentences) {
            int length = sentence.stream().mapToInt(s -> renderer.renderedLength(s.text(), s.style())).sum();
            if (length <= limit) {
                units.add(sentence);
                continue;
            }
            for (RichText.Segment segment : sentence) {
                if (renderer.renderedLength(segment.text(), segment.style()) <= limit) {
                    units.add(List.of(segment));
                } else {
                    cutLongSegment(segment.text(), segment.style(), units);
                }
            }
        }
        return units;
    }

    /** Cuts between code points (never inside a surrogate pair), each slice fitting alone. */
    private void cutLongSegment(String text, RichText.Style style, List<List<RichText.Segment>> units) {
        int start = 0;
        int length = renderer.renderedLength("", style);
        for (int i = 0; i < text.length(); ) {
            int end = text.offsetByCodePoints(i, 1);
            int added = HtmlRenderer.escape(text.substring(i, end)).length();
            if (length + added > limit) {
                units.add(List.of(new RichText.Segment(text.substring(start, i), style)));
                start = i;
                length = renderer.renderedLength("", style);
            }
            length += added;
            i = end;
        }
        if (start < text.length()) {
            units.add(List.of(new RichText.Segment(text.substring(start), style)));
        }
    }

    private static void addIfNotBlank(List<RichText> pieces, RichText piece) {
        if (!piece.plainText().isBlank()) {
            pieces.add(piece);
        }
    }
}
