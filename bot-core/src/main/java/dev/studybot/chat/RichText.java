package dev.studybot.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with marked spans, platform-neutral: each front end renders the styles its own way (bold on Telegram and
 * Discord, brackets in the console).
 *
 * @param segments the pieces in order
 */
public record RichText(List<Segment> segments) {

    public RichText {
        segments = List.copyOf(segments);
    }

    /** How a segment is shown. */
    public enum Style {
        /** Ordinary text. */
        PLAIN,
        /** Words that matched the question: bold, or [brackets] in the console. */
        MATCH,
        /** A heading or a label: bold. */
        STRONG,
        /** Secondary text such as the source of a passage: italic where the platform has it. */
        MUTED,
        /**
         * Text hidden until the reader asks for it (the answers of a recall exercise): a spoiler where the platform
         * has one; a platform without one keeps it back until asked.
         */
        SPOILER
    }

    /**
     * One piece of text in one style.
     *
     * @param text  the text, unescaped
     * @param style how to show it
     */
    public record Segment(String text, Style style) {
    }

    /** Plain text in one segment. */
    public static RichText plain(String text) {
        return new RichText(List.of(new Segment(text, Style.PLAIN)));
    }

    /** Whether some of the text is hidden as a spoiler. */
    public boolean hasSpoiler() {
        return segments.stream().anyMatch(s -> s.style() == Style.SPOILER);
    }

    /** The text without any markup. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** A builder for text assembled piece by piece. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects segments; adjacent segments of one style merge. */
    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        public Builder plain(String text) {
            return add(text, Style.PLAIN);
        }

        public Builder match(String text) {
            return add(text, Style.MATCH);
        }

        public Builder strong(String text) {
            return add(text, Style.STRONG);
        }

        public Builder muted(String text) {
            return add(text, Style.MUTED);
        }

        public Builder spoiler(String text) {
            return add(text, Style.SPOILER);
        }

        public Builder newline() {
            return add("\n", Style.PLAIN);
        }

        public Builder append(RichText text) {
            text.segments().forEach(s -> add(s.text(), s.style()));
            return this;
        }

        public Builder add(String text, Style style) {
            if (text == null || text.isEmpty()) {
                return this;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).style() == style) {
                segments.set(last, new Segment(segments.get(last).text() + text, style));
            } else {
                segments.add(new Segment(text, style));
            }
            return this;
        }

        public boolean isEmpty() {
            return segments.isEmpty();
        }

        public RichText build() {
            return new RichText(segments);
        }
    }
}
