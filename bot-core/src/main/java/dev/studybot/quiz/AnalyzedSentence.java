package dev.studybot.quiz;

import java.util.List;

/**
 * A sentence of a document with its key terms and enumerations, ready to ask about.
 *
 * @param docId        the document
 * @param docTitle     the document's title
 * @param paragraph    1-based paragraph number
 * @param text         the sentence
 * @param terms        its key terms, in order
 * @param enumerations its enumerations
 */
public record AnalyzedSentence(String docId, String docTitle, int paragraph, String text, List<KeyTerm> terms,
                               List<Enumeration> enumerations) {

    public AnalyzedSentence {
        terms = List.copyOf(terms);
        enumerations = List.copyOf(enumerations);
    }
}
