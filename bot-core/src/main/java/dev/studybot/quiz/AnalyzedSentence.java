package dev.studybot.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence of a document with its key facts, ready to ask about.
 *
 * @param docId       the document
 * @param docTitle    the document's title
 * @param paragraph   1-based paragraph number
 * @param text        the sentence
 * @param speaker     who says it when its paragraph says so (会议指出), else empty
 * @param subject     who the sentence is about when it opens with them (总书记), else empty
 * @param subjectless the offsets of the clauses that do not open with who or what they are about: cut from the
 *                    sentence, such a clause needs who is to act (要…) or who is meant put before it
 * @param persons     the offsets of the clauses that open with a person or a role, and who (总书记分别与…: 总书记)
 * @param facts       its key facts
 */
public record AnalyzedSentence(String docId, String docTitle, int paragraph, String text, String speaker,
                               String subject, Set<Integer> subjectless, Map<Integer, String> persons,
                               List<Fact> facts) {

    public AnalyzedSentence {
        subjectless = Set.copyOf(subjectless);
        persons = Map.copyOf(persons);
        facts = List.copyOf(facts);
    }
}
