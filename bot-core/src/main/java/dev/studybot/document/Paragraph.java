package dev.studybot.document;

import java.util.List;

/**
 * A paragraph of a document, with its sentences.
 *
 * @param number    1-based position in the document body
 * @param text      the cleaned paragraph text
 * @param sentences the paragraph split into whole sentences, in order; joined they give {@code text}
 */
public record Paragraph(int number, String text, List<String> sentences) {

    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
