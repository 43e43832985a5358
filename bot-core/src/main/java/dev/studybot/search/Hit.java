package dev.studybot.search;

import dev.studybot.document.Passage;
import java.util.List;

/**
 * One passage found for a question.
 *
 * @param passage    the passage
 * @param title      its document's title
 * @param score      the ranking score (higher is better; comparable within one search)
 * @param highlights character ranges of {@code passage.text()} that match the question, ordered, disjoint
 */
public record Hit(Passage passage, String title, double score, List<Highlight> highlights) {

    public Hit {
        highlights = List.copyOf(highlights);
    }

    /**
     * A matched range of a passage's text.
     *
     * @param start first character, inclusive
     * @param end   last character, exclusive
     */
    public record Highlight(int start, int end) {
    }
}
