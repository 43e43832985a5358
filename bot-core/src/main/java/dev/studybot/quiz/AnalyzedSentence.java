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
 * @param antecedent  what a 其 in it stands for when the sentence before opens with it (习近平总书记这次来川视察
 *                    作出的重要指示，视野宏阔… then 全省上下要准确把握其丰富内涵…), else empty
 */
public record AnalyzedSentence(String docId, String docTitle, int paragraph, String text, String speaker,
                               String subject, Set<Integer> subjectless, Map<Integer, String> persons,
                               List<Fact> facts, String antecedent) {

    /** A sentence whose 其, if any, refers to nothing said before it. */
    public AnalyzedSentence(String docId, String docTitle, int paragraph, String text, String speaker,
                            String subject, Set<Integer> subjectless, Map<Integer, String> persons, List<Fact> facts) {
        this(docId, docTitle, paragraph, text, speaker, subject, subjectless, persons, facts, "");
    }

    public AnalyzedSentence {
        subjectless = Set.copyOf(subjectless);
        persons = Map.copyOf(persons);
        facts = List.copyOf(facts);
    }
}
