package dev.studybot.document;

import java.util.List;
import java.util.Objects;

/**
 * One study document: a stable id (from its file name), a title (its first line), numbered paragraphs, and the
 * hash of its content so derived data (the index) knows when to rebuild.
 *
 * @param id          stable id, e.g. {@code cpc-congress-20}
 * @param title       the document's title
 * @param paragraphs  the body paragraphs in order, numbered from 1
 * @param contentHash SHA-256 of the cleaned text, hex
 */
public record Document(String id, String title, List<Paragraph> paragraphs, String contentHash) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** Characters in the body (title excluded). */
    public int characters() {
        return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
    }

    /** The paragraph with this 1-based number. */
    public Paragraph paragraph(int number) {
        return paragraphs.get(number - 1);
    }
}
