package dev.studybot.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes conversion debris from raw document text and gives back its logical lines: the title, the headline
 * lines that stand under it (a subtitle), then the paragraphs.
 *
 * <p>Handles Word bookmarks ({@code [bookmark: _GoBack]}), full-width and other odd spaces, Wikisource's
 * habit of breaking the line before and after a linked term (so a line may start with "，"), and the licence
 * footer Wikisource texts end with.
 */
public final class TextCleaner {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern ODD_SPACES =
            Pattern.compile("[\\u3000\\u00A0\\u2000-\\u200B\\u202F\\u205F\\uFEFF\\t ]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    /** A space between two Chinese characters or marks is layout (indentation, spaced-out names), not text. */
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]) "
                    + "(?=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}])");
    /** The first line of Wikisource's licence footer. */
    private static final Pattern FOOTER_START = Pattern.compile("^(本作品|這部作品|这部作品|本作品在)");
    /** A footer is only looked for this close to the end, so a body sentence starting the same way survives. */
    private static final int FOOTER_MAX_LINES = 80;
    /** Characters that cannot start a paragraph: they continue the line before. */
    private static final String CONTINUATION_START = "，。、；：？！）》」』”’,.;:?!)%";
    /** The longest line that can be a headline under the title. */
    static final int HEADLINE_MAX_CHARS = 40;
    /** The most headline lines a title carries. */
    private static final int MAX_HEADLINES = 3;
    /** Marks that make a line a sentence or a lead, not a headline. */
    private static final String HEADLINE_NEVER = "。！？；：!?;:";
    /** Characters after which a line is a finished paragraph. */
    private static final String PARAGRAPH_END = "。！？…；：”’」』》）)";

    /**
     * A cleaned document.
     *
     * @param title    the first line ({@code null} when the text has none)
     * @param subtitle the headline lines right under the title, in order (often none)
     * @param body     the paragraphs
     */
    public record Cleaned(String title, List<String> subtitle, List<String> body) {

        public Cleaned {
            subtitle = List.copyOf(subtitle);
            body = List.copyOf(body);
        }

        /** Every line: the title, the subtitle lines, then the paragraphs. */
        public List<String> lines() {
            List<String> all = new ArrayList<>();
            if (title != null) {
                all.add(title);
            }
            all.addAll(subtitle);
            all.addAll(body);
            return all;
        }
    }

    /** Cleans the text and returns its title, subtitle and paragraphs. */
    public Cleaned clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = BOOKMARK.matcher(text).replaceAll("");
        text = CONTROL.matcher(text).replaceAll("");
        List<String> physical = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            physical.add(ODD_SPACES.matcher(line).replaceAll(" ").strip());
        }
        dropFooter(physical);
        int start = 0;
        while (start < physical.size() && physical.get(start).isEmpty()) {
            start++;
        }
        if (start == physical.size()) {
            return new Cleaned(null, List.of(), List.of());
        }
        // The title keeps its spaces: they often separate its parts.
        String title = physical.get(start);
        int headlines = headlineCount(physical, start + 1);
        List<String> subtitle = new ArrayList<>();
        for (String line : physical.subList(start + 1, start + 1 + headlines)) {
            subtitle.add(SPACE_BETWEEN_CJK.matcher(line).replaceAll(""));
        }
        List<String> body = joinBrokenLines(physical.subList(start + 1 + headlines, physical.size()));
        body.replaceAll(line -> SPACE_BETWEEN_CJK.matcher(line).replaceAll(""));
        return new Cleaned(title, subtitle, body);
    }

    /**
     * How many headline lines follow the title at {@code from}: short lines that are not sentences, set directly
     * under it with no blank line between, and closed by a blank line ("始终铭记关怀不负重托感恩奋进", as newspapers
     * print a report's headlines). A document whose body starts right under its title has none.
     */
    private static int headlineCount(List<String> physical, int from) {
        int end = from;
        while (end < physical.size() && isHeadline(physical.get(end))) {
            end++;
        }
        boolean closedByBlank = end < physical.size() && physical.get(end).isEmpty();
        return end - from <= MAX_HEADLINES && closedByBlank ? end - from : 0;
    }

    private static boolean isHeadline(String line) {
        return !line.isEmpty() && line.length() <= HEADLINE_MAX_CHARS && !startsWithContinuation(line)
                && line.chars().noneMatch(c -> HEADLINE_NEVER.indexOf(c) >= 0);
    }

    /** Cuts the text at the last licence footer found near the end. */
    private static void dropFooter(List<String> physical) {
        int nonEmptyAfter = 0;
        int cut = -1;
        for (int i = physical.size() - 1; i >= 0 && nonEmptyAfter <= FOOTER_MAX_LINES; i--) {
            String line = physical.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (FOOTER_START.matcher(line).find()) {
                cut = i;
            }
            nonEmptyAfter++;
        }
        if (cut > 0) {
            physical.subList(cut, physical.size()).clear();
        }
    }

    /**
     * Joins a line to the one before when the break falls inside a sentence: the line starts with punctuation
     * that cannot open a paragraph, or the line before is running text that does not end a sentence and no
     * blank line came between (a linked term on its own line).
     */
    private static List<String> joinBrokenLines(List<String> physical) {
        List<String> logical = new ArrayList<>();
        StringBuilder current = null;
        boolean blankBefore = false;
        for (String line : physical) {
            if (line.isEmpty()) {
                blankBefore = true;
                continue;
            }
            boolean continues = current != null
                    && (startsWithContinuation(line)
                    || (!blankBefore && !endsParagraph(current) && looksLikeRunningText(current)));
            if (continues) {
                current.append(line);
            } else {
                if (current != null) {
                    logical.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            blankBefore = false;
        }
        if (current != null) {
            logical.add(current.toString());
        }
        logical.removeIf(TextCleaner::isDebris);
        return logical;
    }

    private static boolean startsWithContinuation(String line) {
        return CONTINUATION_START.indexOf(line.charAt(0)) >= 0;
    }

    private static boolean endsParagraph(CharSequence text) {
        return PARAGRAPH_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** A heading ("一、总体要求") or a short label stands alone; only running text goes on to the next line. */
    private static boolean looksLikeRunningText(CharSequence text) {
        return text.length() > 30 || text.toString().indexOf('，') >= 0;
    }

    /** Lines made only of punctuation or symbols (a lone "↑", "。") carry nothing to read. */
    private static boolean isDebris(String line) {
        return line.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
