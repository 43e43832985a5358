package dev.studybot.telegram;

import dev.studybot.chat.RichText;

/**
 * Renders the core's rich text as Telegram HTML ({@code parse_mode=HTML}): matched words and headings bold, sources
 * italic, hidden text (a recall exercise's answers) as a spoiler, everything else escaped so that member text can never
 * inject markup.
 */
final class HtmlRenderer {

    /** The text as Telegram HTML. */
    String render(RichText text) {
        StringBuilder out = new StringBuilder();
        for (RichText.Segment segment : text.segments()) {
            out.append(open(segment.style())).append(escape(segment.text())).append(close(segment.style()));
        }
        return out.toString();
    }

    /** The characters of one segment once rendered (its tags included). */
    int renderedLength(String text, RichText.Style style) {
        return open(style).length() + escape(text).length() + close(style).length();
    }

    /** Escapes the characters Telegram's HTML parser treats specially. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String open(RichText.Style style) {
        return switch (style) {
            case PLAIN -> "";
            case MATCH, STRONG -> "<b>";
            case MUTED -> "<i>";
            case SPOILER -> "<tg-spoiler>";
        };
    }

    private static String close(RichText.Style style) {
        return switch (style) {
            case PLAIN -> "";
            case MATCH, STRONG -> "</b>";
            case MUTED -> "</i>";
            case SPOILER -> "</tg-spoiler>";
        };
    }
}
