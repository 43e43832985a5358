package dev.studybot.document;

import java.util.List;
import java.util.Objects;

/**
 * One study document: a stable id (from its file name), a title (its first line), the headline lines under the
 * title (its subtitle, often none), numbered paragraphs, and the hash of its content so derived data (the index)
 * knows when to rebuild.
 *
 * @param id          stable id, e.g. {@code sichuan-committee-2023-07-29}
 * @param title       the document's title
 * @param subtitle    the headline lines under the title, in order; not body text
 * @param paragraphs  the body paragraphs in order, numbered from 1
 * @param contentHash SHA-256 of the cleaned text, hex
 */
public record Document(String id, String title, List<String> subtitle, List<Paragraph> paragraphs,
                       String contentHash) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        subtitle = List.copyOf(subtitle);
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The title followed by the subtitle, as a source line or a list shows it: "标题——副题一 副题二". */
    public String fullTitle() {
        return subtitle.isEmpty() ? title : title + "——" + String.join(" ", subtitle);
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
