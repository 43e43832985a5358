package dev.studybot.daily;

import java.util.List;

/**
 * One day's reading: a run of whole body sentences of one document.
 *
 * @param docId          the document's id
 * @param title          the document's title
 * @param part           1-based number of the excerpt in the document
 * @param parts          how many excerpts the document has
 * @param firstParagraph the paragraph the excerpt starts in
 * @param lastParagraph  the paragraph it ends in (the same when it stays in one)
 * @param paragraphs     the excerpt's text, one entry per source paragraph
 * @param sentences      how many sentences it holds
 */
public record Excerpt(String docId, String title, int part, int parts, int firstParagraph, int lastParagraph,
                      List<String> paragraphs, int sentences) {

    public Excerpt {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The text to show, paragraphs on their own lines. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    /** Characters of text, line breaks between paragraphs not counted. */
    public int length() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /** {@code 3/14}. */
    public String partText() {
        return part + "/" + parts;
    }
}
