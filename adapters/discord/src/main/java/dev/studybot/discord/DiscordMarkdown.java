package dev.studybot.discord;

import dev.studybot.chat.RichText;
import dev.studybot.chat.RichText.Segment;
import dev.studybot.chat.RichText.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * Rich text as Discord markdown: matched words and labels in bold, secondary text in italics, hidden text as a
 * spoiler ({@code ||…||}), everything else
 * escaped so that a passage's own punctuation never turns into formatting. Also cuts long text into pieces that
 * fit a limit, between sentences, with the markup of every piece balanced.
 */
final class DiscordMarkdown {

    /** Characters Discord reads as markup anywhere in a line. JDA's sanitizer leaves ~ | # \ alone, hence our own. */
    private static final String ESCAPED = "\\*_~`|>#[]";
    /** Ends of sentences (Chinese and Western) after which a piece may end. */
    private static final String SENTENCE_ENDS = "。！？!?；;…\n";

    private DiscordMarkdown() {
    }

    /** The text as markdown. */
    static String render(RichText text) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : text.segments()) {
            out.append(render(segment));
        }
        return out.toString();
    }

    /** Plain text with Discord's markup characters escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ESCAPED.indexOf(c) >= 0 || (lineStart && (c == '-' || c == '+'))) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }

    private static String render(Segment segment) {
        return switch (segment.style()) {
            case PLAIN -> escape(segment.text());
            case MATCH, STRONG -> wrapLines(segment.text(), "**");
            case MUTED -> wrapLines(segment.text(), "*");
            case SPOILER -> wrapLines(segment.text(), "||");
        };
    }

    /** Wraps each line's text (not its surrounding spaces) in the marker: markup must not span lines or spaces. */
    private static String wrapLines(String text, String marker) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            String core = line.strip();
            if (core.isEmpty()) {
                out.append(line);
                continue;
            }
            int start = line.indexOf(core);
            out.append(line, 0, start).append(marker).append(escape(core)).append(marker)
                    .append(line.substring(start + core.length()));
        }
        return out.toString();
    }

    /**
     * Cuts the text into pieces whose markdown is at most {@code limit} characters, ending pieces after sentence
     * ends where possible; a single sentence longer than the limit is cut inside.
     */
    static List<RichText> split(RichText text, int limit) {
        List<RichText> pieces = new ArrayList<>();
        RichText.Builder piece = RichText.builder();
        int pieceLength = 0;
        for (List<Segment> sentence : sentences(text)) {
            int length = length(sentence);
            if (pieceLength + length > limit && !piece.isEmpty()) {
                pieces.add(trimmed(piece.build()));
                piece = RichText.builder();
                pieceLength = 0;
            }
            if (length > limit) {
                for (List<Segment> part : cut(sentence, limit)) {
                    pieces.add(trimmed(new RichText(part)));
                }
                continue;
            }
            for (Segment segment : sentence) {
                piece.add(segment.text(), segment.style());
            }
            pieceLength += length;
        }
        if (!piece.isEmpty()) {
            pieces.add(trimmed(piece.build()));
        }
        pieces.removeIf(p -> p.plainText().isBlank());
        return pieces;
    }

    /** Upper bound of the markdown length of segments (adjacent bold segments merge when built, so never longer). */
    private static int length(List<Segment> segments) {
        int total = 0;
        for (Segment segment : segments) {
            total += render(segment).length();
        }
        return total;
    }

    /** The segments grouped into sentences: each group ends after a sentence end (or at the end of the text). */
    private static List<List<Segment>> sentences(RichText text) {
        List<List<Segment>> sentences = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (Segment segment : text.segments()) {
            String t = segment.text();
            int from = 0;
            for (int i = 0; i < t.length(); i++) {
                if (SENTENCE_ENDS.indexOf(t.charAt(i)) >= 0 || (t.charAt(i) == '.' && i + 1 < t.length()
                        && Character.isWhitespace(t.charAt(i + 1)))) {
                    current.add(new Segment(t.substring(from, i + 1), segment.style()));
                    from = i + 1;
                    sentences.add(current);
                    current = new ArrayList<>();
                }
            }
            if (from < t.length()) {
                current.add(new Segment(t.substring(from), segment.style()));
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }

    /** Cuts one over-long sentence into parts that fit, between code points. */
    private static List<List<Segment>> cut(List<Segment> sentence, int limit) {
        List<List<Segment>> parts = new ArrayList<>();
        List<Segment> part = new ArrayList<>();
        int partLength = 0;
        for (Segment segment : sentence) {
            String t = segment.text();
            int from = 0;
            while (from < t.length()) {
                int room = limit - partLength;
                int take = fitting(t.substring(from), segment.style(), room);
                if (take == 0) {
                    if (part.isEmpty()) {
                        // Cannot happen for a sane limit: even one character does not fit.
                        throw new IllegalArgumentException("limit too small: " + limit);
                    }
                    parts.add(part);
                    part = new ArrayList<>();
                    partLength = 0;
                    continue;
                }
                Segment piece = new Segment(t.substring(from, from + take), segment.style());
                part.add(piece);
                partLength += render(piece).length();
                from += take;
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    /** How many characters of the text (whole code points) render within the room. */
    private static int fitting(String text, Style style, int room) {
        int take = 0;
        while (take < text.length()) {
            int next = take + Character.charCount(text.codePointAt(take));
            if (render(new Segment(text.substring(0, next), style)).length() > room) {
                break;
            }
            take = next;
        }
        return take;
    }

    /** The text without blank lines at its start and end. */
    private static RichText trimmed(RichText text) {
        List<Segment> segments = new ArrayList<>(text.segments());
        while (!segments.isEmpty() && segments.getFirst().text().isBlank()) {
            segments.removeFirst();
        }
        while (!segments.isEmpty() && segments.getLast().text().isBlank()) {
            segments.removeLast();
        }
        if (!segments.isEmpty()) {
            Segment first = segments.getFirst();
            segments.set(0, new Segment(first.text().stripLeading(), first.style()));
            Segment last = segments.getLast();
            segments.set(segments.size() - 1, new Segment(last.text().stripTrailing(), last.style()));
        }
        return new RichText(segments);
    }
}
