package dev.studybot.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes conversion debris from raw document text and gives back its logical lines: the title, then the
 * paragraphs.
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
    /** Characters after which a line is a finished paragraph. */
    private static final String PARAGRAPH_END = "。！？…；：”’」』》）)";

    /** Cleans the text and returns its non-empty logical lines: the first is the title. */
    public List<String> lines(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = BOOKMARK.matcher(text).replaceAll("");
        text = CONTROL.matcher(text).replaceAll("");
        List<String> physical = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            physical.add(ODD_SPACES.matcher(line).replaceAll(" ").strip());
        }
        dropFooter(physical);
        List<String> logical = joinBrokenLines(physical);
        // The title keeps its spaces: they often separate its parts.
        for (int i = 1; i < logical.size(); i++) {
            logical.set(i, SPACE_BETWEEN_CJK.matcher(logical.get(i)).replaceAll(""));
        }
        return logical;
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
            boolean continues = current != null && !logical.isEmpty()
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
            if (logical.isEmpty() && current != null) {
                // The first line is the title: it never takes the next line in.
                logical.add(current.toString());
                current = null;
            }
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
