package dev.studybot.quiz;

import java.util.List;

/**
 * A sentence of a document with its key facts, ready to ask about.
 *
 * @param docId     the document
 * @param docTitle  the document's title
 * @param paragraph 1-based paragraph number
 * @param text      the sentence
 * @param speaker   who says it when its paragraph says so (会议指出), else empty
 * @param subject   who the sentence is about when it opens with them (总书记), else empty
 * @param facts     its key facts
 */
public record AnalyzedSentence(String docId, String docTitle, int paragraph, String text, String speaker,
                               String subject, List<Fact> facts) {

    public AnalyzedSentence {
        facts = List.copyOf(facts);
    }
}
